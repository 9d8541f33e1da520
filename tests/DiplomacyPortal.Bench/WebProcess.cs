using System.Diagnostics;

namespace DiplomacyPortal.Bench;

/// <summary>The portal's Release build running on the store, as a process of its own on a loopback port, until disposed.</summary>
internal sealed class WebProcess : IAsyncDisposable
{
    public const string Address = "http://127.0.0.1:5391";

    private readonly Process _process;
    private bool _stopped;

    private WebProcess(Process process)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public int Id => _process.Id;

    /// <summary>Starts the portal; <paramref name="environment"/> adds or overrides its settings (GC settings, backups…).</summary>
    public static async Task<WebProcess> StartAsync(string repository, string database, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Path.Combine(repository, "src", "DiplomacyPortal.Web", "bin", "Release", "net10.0", "DiplomacyPortal.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", Address])
        {
            WorkingDirectory = Path.Combine(repository, "src", "DiplomacyPortal.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["DIPLOMACYPORTAL_DB"] = database, ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Portal__SeedWhenEmpty"] = "false",
                ["Serilog__MinimumLevel__Default"] = "Warning", ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var web = new WebProcess(process);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(90))
        {
            try
            {
                using var response = await web.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return web;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        await web.DisposeAsync();
        throw new TimeoutException("The portal did not start within 90 seconds.");
    }

    /// <summary>Stops the portal; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        Client.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

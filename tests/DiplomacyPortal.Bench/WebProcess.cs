using System.Diagnostics;

namespace DiplomacyPortal.Bench;

/// <summary>The portal's Release build running on the store, as a process of its own on a loopback port, until disposed.</summary>
internal sealed class WebProcess : IAsyncDisposable
{
    /// <summary>The loopback address the portal listens on when the benchmark runs one.</summary>
    public const string DefaultAddress = "http://127.0.0.1:5391";

    private readonly Process _process;
    private bool _stopped;

    private WebProcess(Process process, string address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Address { get; }

    public HttpClient Client { get; }

    public int Id => _process.Id;

    /// <summary>Starts the portal on a SQLite file; <paramref name="environment"/> adds or overrides its settings (GC settings, backups…).</summary>
    public static Task<WebProcess> StartAsync(string repository, string database, IReadOnlyDictionary<string, string>? environment = null) =>
        StartAsync(repository, BenchStore.Sqlite(database), environment);

    /// <summary>Starts the portal on a store, at <paramref name="address"/> (a second portal needs a port of its own).</summary>
    public static async Task<WebProcess> StartAsync(string repository, BenchStore store, IReadOnlyDictionary<string, string>? environment = null, string address = DefaultAddress, string waitFor = "/healthz", int pollMilliseconds = 250)
    {
        var dll = Path.Combine(repository, "src", "DiplomacyPortal.Web", "bin", "Release", "net10.0", "DiplomacyPortal.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", address])
        {
            WorkingDirectory = Path.Combine(repository, "src", "DiplomacyPortal.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Portal__SeedWhenEmpty"] = "false",
                ["Serilog__MinimumLevel__Default"] = "Warning", ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in store.Environment.Concat(environment ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var web = new WebProcess(process, address);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(90))
        {
            try
            {
                using var response = await web.Client.GetAsync(new Uri(waitFor, UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return web;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(pollMilliseconds);
        }

        await web.DisposeAsync();
        throw new TimeoutException("The portal did not start within 90 seconds.");
    }

    /// <summary>
    /// A cold start: the time from starting the portal's process to its first 200 for the home page (the store opened,
    /// migrations checked, the first page's queries run), asked every 20 ms.
    /// </summary>
    public static async Task<TimeSpan> ColdStartAsync(string repository, BenchStore store)
    {
        var watch = Stopwatch.StartNew();
        await using var web = await StartAsync(repository, store, waitFor: "/", pollMilliseconds: 20);
        return watch.Elapsed;
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

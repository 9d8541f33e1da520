using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace DiplomacyPortal.Bench;

/// <summary>
/// Starts the portal (its Release build) as its own process on a loopback port over the given store and
/// measures the latency of the main pages with sequential requests: median and 99th percentile.
/// </summary>
internal static class PageBenchmark
{
    public static async Task<IReadOnlyList<(string Measure, string Value)>> RunAsync(string databaseFile, string repositoryRoot, int requestsPerPage)
    {
        var webDll = Path.Combine(repositoryRoot, "src", "DiplomacyPortal.Web", "bin", "Release", "net10.0", "DiplomacyPortal.Web.dll");
        if (!File.Exists(webDll))
        {
            return [("pages", $"skipped: build the portal first (dotnet build src/DiplomacyPortal.Web -c Release); {webDll} is missing")];
        }

        const string address = "http://127.0.0.1:5391";
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", address])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DIPLOMACYPORTAL_DB"] = databaseFile, ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Portal__SeedWhenEmpty"] = "false", ["Serilog__MinimumLevel__Default"] = "Warning", ["Logging__LogLevel__Default"] = "Warning" },
        };
        using var web = Process.Start(start)!;
        web.OutputDataReceived += (_, _) => { };
        web.ErrorDataReceived += (_, _) => { };
        web.BeginOutputReadLine();
        web.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilUpAsync(client);
            var officialId = await FirstOfficialIdAsync(client);
            var pages = new (string Name, string Url)[]
            {
                ("home", "/"),
                ("articles, no filter", "/articles"),
                ("articles, two filters", "/articles?pair=CN-VN&type=talks"),
                ("article", "/articles/5000"),
                ("pair", "/pairs/CN-VN"),
                ("official", $"/officials/{officialId}"),
                ("search 王毅", "/search?q=%E7%8E%8B%E6%AF%85"),
                ("search 东海 (2 chars)", "/search?q=%E4%B8%9C%E6%B5%B7"),
            };

            var rows = new List<(string, string)>();
            foreach (var (name, url) in pages)
            {
                var times = new List<double>();
                for (var i = 0; i < requestsPerPage + 3; i++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    watch.Stop();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        rows.Add(($"{name} {url}", $"answered {(int)response.StatusCode}"));
                        break;
                    }

                    if (i >= 3)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds); // the first requests warm the caches and the JIT
                    }
                }

                if (times.Count > 0)
                {
                    times.Sort();
                    rows.Add(($"{name} (ms, median / p99)", string.Create(CultureInfo.InvariantCulture, $"{times[times.Count / 2]:F1} / {times[Math.Min(times.Count - 1, (int)(times.Count * 0.99))]:F1}")));
                }
            }

            web.Refresh();
            rows.Add(("web process working set after the load (MB)", (web.WorkingSet64 / 1_000_000.0).ToString("F0", CultureInfo.InvariantCulture)));
            return rows;
        }
        finally
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }
    }

    private static async Task WaitUntilUpAsync(HttpClient client)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/pairs", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The portal did not start within a minute.");
    }

    private static async Task<int> FirstOfficialIdAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var marker = html.IndexOf("/officials/", StringComparison.Ordinal);
        var end = marker < 0 ? -1 : html.IndexOf('"', marker);
        return marker < 0 || end < 0 ? 1 : int.Parse(html[(marker + "/officials/".Length)..end], CultureInfo.InvariantCulture);
    }
}

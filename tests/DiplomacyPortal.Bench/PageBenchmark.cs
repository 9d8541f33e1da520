using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace DiplomacyPortal.Bench;

/// <summary>
/// Starts the portal (its Release build) as a process of its own on a loopback port over the imported store
/// and loads its pages with wrk, beside a static file of the article page's size served by the same Kestrel
/// process (with the page cache on, as the portal runs: wrk asks for one URL again and again), and times each
/// page once more one request at a time with the cache missed; then times searches beside grep over the raw corpus.
/// </summary>
internal sealed class PageBenchmark(string repository, BenchStore store, string corpus, string work, int seconds, string cacheMissedTarget = "target: median under 20 ms, p99 under 100 ms")
{
    /// <summary>Where the static reference file goes: the portal serves wwwroot through its build's static assets manifest.</summary>
    private string StaticFile => Path.Combine(repository, "src", "DiplomacyPortal.Web", "wwwroot", "bench", "static.html");

    public async Task<IReadOnlyList<Row>> RunAsync()
    {
        if (!Tools.Has("wrk"))
        {
            return [new("pages", "not measured: install Debian's wrk")];
        }

        // The static file must be as large as the article page and part of the build: measure the page, write the
        // file, build the portal again.
        // A cold start: a process of its own that has served nothing yet.
        var coldStart = await WebProcess.ColdStartAsync(repository, store);
        var coldStartRow = new Row("cold start: the portal's process started to its first home page (ms)", Tools.Number(coldStart.TotalMilliseconds), string.Empty, "target: under 3 s");
        int articleBytes;
        await using (var web = await WebProcess.StartAsync(repository, store))
        {
            articleBytes = (await web.Client.GetByteArrayAsync(new Uri($"/articles/{await FirstIdAsync(web.Client, "/articles/")}", UriKind.Relative))).Length;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(StaticFile)!);
        await File.WriteAllTextAsync(StaticFile, StaticPage(articleBytes));
        try
        {
            await Program.DotnetAsync(repository, "build", "src/DiplomacyPortal.Web", "-c", "Release");
            await using var web = await WebProcess.StartAsync(repository, store);
            return [coldStartRow, .. await LoadAsync(web, articleBytes)];
        }
        finally
        {
            File.Delete(StaticFile);
        }
    }

    private async Task<List<Row>> LoadAsync(WebProcess web, int articleBytes)
    {
        var pages = await PagesAsync(web.Client);

        var rows = new List<Row>();
        var statics = await MeasureAsync("/bench/static.html");
        Tools.Load? article = null;
        foreach (var (name, url) in pages)
        {
            // The uncached timing first: it also warms the page up (its code compiled, its queries planned), so
            // that wrk measures the page as a running portal serves it, not the process's first request.
            var uncached = await UncachedMedianAsync(web.Client, url);
            var load = await MeasureAsync(url);
            article = name == "article" ? load : article;
            rows.Add(new(
                $"{name}: under wrk median / p99 (ms), requests/s; not cached, one at a time: median (ms)",
                $"{Tools.Ms(load.MedianMs)} / {Tools.Ms(load.P99Ms)}, {Tools.Number(load.RequestsPerSecond)}/s{(load.Errors > 0 ? $" ({load.Errors} errors)" : string.Empty)}; {Tools.Ms(uncached)}",
                name == "article" ? $"static file of {articleBytes:N0} bytes: {Tools.Ms(statics.MedianMs)} / {Tools.Ms(statics.P99Ms)}, {Tools.Number(statics.RequestsPerSecond)}/s" : string.Empty,
                name == "article"
                    ? $"{Tools.Number(100 * load.RequestsPerSecond / statics.RequestsPerSecond)}% of the static throughput (target: 25%); {cacheMissedTarget}"
                    : cacheMissedTarget));
        }

        rows.AddRange(await SearchAsync(web.Client));
        var memory = await MemoryBenchmark.LoadAsync(web, work, seconds);
        rows.Add(MemoryBenchmark.Describe("web process memory (RSS, MB) after every load above, the cache-missed mix under wrk and 8 full CSV exports at once; then after 20 s idle", memory, "target: under 400 MB"));
        return rows;

        Task<Tools.Load> MeasureAsync(string url) => Tools.WrkAsync(web.Address + url, seconds);
    }

    /// <summary>The pages measured, by name: the lists with filters, the busiest pair and an official, an article, search, the new pages.</summary>
    public static async Task<(string Name, string Url)[]> PagesAsync(HttpClient client)
    {
        var officialId = await FirstIdAsync(client, "/officials/");
        var articleId = await FirstIdAsync(client, "/articles/");
        return
        [
            ("home", "/"),
            ("articles, two filters (pair, type)", "/articles?pair=CN-VN&type=talks"),
            ("pair", "/pairs/CN-VN"),
            ("official", $"/officials/{officialId}"),
            ("article", $"/articles/{articleId}"),
            ("search page, 王毅", "/search?q=%E7%8E%8B%E6%AF%85"),
            ("articles, a year", "/articles?year=2024"),
            ("agreements", "/agreements"),
            ("frameworks", "/frameworks"),
            ("compare, four pairs", "/compare?pair=CN-VN&pair=LA-VN&pair=KH-VN&pair=RU-VN"),
            ("chart download, pair meetings SVG", "/charts/pair-meetings.svg?pair=CN-VN"),
            ("network of officials", "/network"),
            ("network, API", "/api/v1/network"),
        ];
    }

    /// <summary>
    /// The page's own cost: sequential requests that each miss the page cache (an extra query parameter makes
    /// each one a page of its own), after a warm-up.
    /// </summary>
    public static async Task<double> UncachedMedianAsync(HttpClient client, string url)
    {
        var (times, _) = await TimeUncachedAsync(client, url, 20);
        return times[times.Count / 2];
    }

    /// <summary>
    /// Times <paramref name="requests"/> sequential requests after <c>WarmUp</c> others, each made a miss of the page
    /// cache by a query parameter of its own; the times sorted, and the last answer's body. The warm-up is long enough
    /// for .NET's tiered compiler to replace the page's first, quickly compiled code (after 30 calls): with three, the
    /// timings mixed both and came out a third slower than the running portal's.
    /// </summary>
    private static async Task<(List<double> Times, string LastBody)> TimeUncachedAsync(HttpClient client, string url, int requests)
    {
        const int WarmUp = 40;
        var times = new List<double>();
        var body = string.Empty;
        for (var i = 0; i < requests + WarmUp; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}uncached={i}", UriKind.Relative));
            body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
            }

            if (i >= WarmUp)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (times, body);
    }

    /// <summary>Search latency through the JSON API (page cache missed) for 1-, 2- and 4-character queries and a romanised name, beside grep -rl over the raw files.</summary>
    private async Task<IEnumerable<Row>> SearchAsync(HttpClient client)
    {
        var rows = new List<Row>();
        foreach (var (label, query) in new[] { ("1 character", "俄"), ("2 characters", "王毅"), ("4 characters", "合作协议"), ("romanised name", "Wang Yi") })
        {
            var url = $"/api/v1/articles?q={Uri.EscapeDataString(query)}&pageSize=20";
            var (times, body) = await TimeUncachedAsync(client, url, 30);
            var answer = System.Text.Json.JsonDocument.Parse(body).RootElement;
            var total = answer.GetProperty("total").GetInt32();
            var matches = answer.GetProperty("totalIsLowerBound").GetBoolean() ? $"more than {total:N0} matches (counted up to there)" : $"{total:N0} matches";
            var median = times[times.Count / 2];
            var grep = await Tools.RunAsync("grep", ["-rlF", query, corpus]);
            var grepMs = grep.Elapsed.TotalMilliseconds;
            rows.Add(new(
                $"search {label} \"{query}\" via /api/v1/articles: median / p99 (ms), {matches}",
                $"{Tools.Ms(median)} / {Tools.Ms(times[(int)(times.Count * 0.99)])}",
                $"grep -rlF over the raw files: {Tools.Number(grepMs)} ms, {grep.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length:N0} files",
                $"{Tools.Number(grepMs / median)}x faster (target: 100x, median under 20 ms)"));
        }

        return rows;
    }

    private static string StaticPage(int bytes)
    {
        var head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>static reference</title></head><body><p>";
        var tail = "</p></body></html>\n";
        return head + new string('x', Math.Max(0, bytes - head.Length - tail.Length)) + tail;
    }

    /// <summary>The id in the home page's first link under <paramref name="prefix"/> (/articles/123, /officials/45).</summary>
    private static async Task<int> FirstIdAsync(HttpClient client, string prefix)
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var match = System.Text.RegularExpressions.Regex.Match(html, $"\"{prefix}(\\d+)\"");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
    }
}

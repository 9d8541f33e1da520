using System.Diagnostics;
using System.Globalization;

namespace DiplomacyPortal.Bench;

/// <summary>The loads the memory figures and the soak put on the portal besides wrk on one URL.</summary>
internal static class Loads
{
    /// <summary>Pages and API routes a day of readers asks for: lists with filters, pair and official pages, search, feeds.</summary>
    public static readonly string[] Mix =
    [
        "/", "/articles", "/articles?pair=CN-VN&type=talks", "/articles?year=2024", "/articles?year=unknown", "/pairs/CN-VN", "/pairs/RU-VN",
        "/meetings", "/search?q=%E7%8E%8B%E6%AF%85", "/countries/RU", "/api/v1/articles?pair=LA-VN", "/api/v1/pairs", "/api/v1/countries", "/api/v1/meetings?pair=CN-VN",
        "/feeds/articles?pair=CN-VN", "/dates/2024", "/agreements", "/agreements?kind=plan", "/frameworks",
    ];

    /// <summary>
    /// A wrk script that walks <see cref="Mix"/>; with <paramref name="missCache"/> every request has a query of its
    /// own, so none is answered from the page cache (a journalist's first filter of the day, a thousand times over).
    /// </summary>
    public static string WrkScript(string work, bool missCache)
    {
        var paths = string.Join(", ", Mix.Select(p => $"\"{p}\""));
        var script = $$"""
            local paths = { {{paths}} }
            local threads = 0
            function setup(thread)
              threads = threads + 1
              thread:set("tid", threads)
            end
            function init(args)
              counter = 0
            end
            function request()
              counter = counter + 1
              local path = paths[(counter % #paths) + 1]
              if {{(missCache ? "true" : "false")}} then
                local separator = string.find(path, "?", 1, true) and "&" or "?"
                path = path .. separator .. "uncached=" .. tid .. "-" .. counter
              end
              return wrk.format("GET", path)
            end
            """;
        var file = Path.Combine(work, missCache ? "mix-uncached.lua" : "mix.lua");
        File.WriteAllText(file, script);
        return file;
    }

    /// <summary><paramref name="count"/> full CSV exports of every article at once; the bytes each received and the time for all.</summary>
    public static async Task<(long BytesEach, TimeSpan Elapsed)> ExportsAsync(HttpClient client, int count)
    {
        var watch = Stopwatch.StartNew();
        var sizes = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            using var response = await client.GetAsync(new Uri("/articles/export.csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }

            return total;
        }));
        return (sizes.Min(), watch.Elapsed);
    }

    public static string Megabytes(long bytes) => (bytes / 1e6).ToString("F0", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace DiplomacyPortal.Bench;

/// <summary>
/// How the costs grow with the store (--curve 10000,100000,500000): for each size a corpus of its own, imported into a
/// new SQLite file, then the portal started cold on it. One row per measure, one column per size, so a cost that grows
/// faster than the article count shows as a ratio larger than the sizes'.
/// </summary>
internal sealed class CostCurve(string repository, string cli, string work, IReadOnlyList<int> sizes, int seed)
{
    private static readonly string[] Searches = ["俄", "王毅", "合作协议", "Wang Yi"];

    public async Task<IReadOnlyList<Row>> RunAsync()
    {
        var columns = new List<Dictionary<string, string>>();
        foreach (var size in sizes)
        {
            Console.Error.WriteLine($"cost curve: {size:N0} articles…");
            columns.Add(await MeasureAsync(size));
        }

        var header = new Row("articles", string.Join(" · ", sizes.Select(s => s.ToString("N0", CultureInfo.InvariantCulture))), string.Empty, "targets at 500,000");
        return [header, .. columns[0].Keys.Select(measure => new Row(measure, string.Join(" · ", columns.Select(c => c[measure])), string.Empty, Target(measure)))];
    }

    private async Task<Dictionary<string, string>> MeasureAsync(int size)
    {
        var folder = Path.Combine(work, "curve", size.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var corpus = Path.Combine(folder, "corpus");
        var database = Path.Combine(folder, "store.db");
        SyntheticCorpus.Write(corpus, size, seed);
        var import = await ImportBenchmark.ImportAsync(cli, corpus, database, size);
        var figures = new Dictionary<string, string>
        {
            ["import (articles/s)"] = Tools.Number(import.Rate),
            ["store size per article (kB, raw file included)"] = Tools.Number(import.StoreBytes / (double)size / 1e3, "F1"),
            ["import peak memory (RSS, MB)"] = Tools.Number(import.PeakRssBytes / 1e6),
        };

        var store = BenchStore.Sqlite(database);
        figures["cold start to the first home page (ms)"] = Tools.Number((await WebProcess.ColdStartAsync(repository, store)).TotalMilliseconds);
        await using (var web = await WebProcess.StartAsync(repository, store))
        {
            var medians = new List<double>();
            foreach (var (name, url) in await PageBenchmark.PagesAsync(web.Client))
            {
                var median = await PageBenchmark.UncachedMedianAsync(web.Client, url);
                medians.Add(median);
                figures[$"{name}, cache missed: median (ms)"] = Tools.Ms(median);
            }

            figures["slowest page, cache missed: median (ms)"] = Tools.Ms(medians.Max());
            foreach (var query in Searches)
            {
                figures[$"search \"{query}\" via /api/v1/articles: median (ms)"] = Tools.Ms(await PageBenchmark.UncachedMedianAsync(web.Client, $"/api/v1/articles?q={Uri.EscapeDataString(query)}&pageSize=20"));
            }

            figures["web process peak memory after the pages (RSS, MB)"] = Tools.Number(Tools.PeakRss(web.Id) / 1e6);
        }

        Directory.Delete(corpus, recursive: true);
        return figures;
    }

    private static string Target(string measure) => measure switch
    {
        "import (articles/s)" => "at least 1,500/s",
        "cold start to the first home page (ms)" => "under 3 s",
        "web process peak memory after the pages (RSS, MB)" => "under 500 MB",
        _ when measure.StartsWith("search", StringComparison.Ordinal) => "median under 30 ms",
        _ when measure.Contains("cache missed", StringComparison.Ordinal) => "median under 20 ms",
        _ => string.Empty,
    };
}

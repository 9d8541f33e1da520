using System.Diagnostics;
using System.Globalization;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;

namespace DiplomacyPortal.Bench;

/// <summary>
/// Parse throughput on one core: the seed articles read over and over until the target volume is reached,
/// beside plain decoding of the same bytes so the figure can be read against the cost of touching the data.
/// </summary>
internal static class ParseBenchmark
{
    public static IReadOnlyList<(string Measure, string Value)> Run(IReadOnlyList<byte[]> files, long targetBytes)
    {
        var decode = Measure(files, targetBytes, bytes => _ = TextDecoder.Decode(bytes).Decoded!.Text.Length);
        var parse = Measure(files, targetBytes, bytes => _ = ArticleParser.Parse(TextDecoder.Decode(bytes).Decoded!.Text).Body.Count);
        var full = Measure(files, targetBytes, bytes => _ = ArticleFileReader.Default.Read(bytes, "bench").Analysis!.Officials.Count);

        var articles = files.Select(f => ArticleParser.Parse(TextDecoder.Decode(f).Decoded!.Text)).ToList();
        var texts = articles.Select(ArticleAnalyzer.TextsOf).ToList();
        var countries = MeasureEach(articles, files, targetBytes, i => texts[i].ForEach(t => CountryFinder.Default.Scan(t.Text)));
        var officials = MeasureEach(articles, files, targetBytes, i => OfficialFinder.Default.Find(texts[i]));
        var analysis = MeasureEach(articles, files, targetBytes, i => ArticleAnalyzer.Default.Analyze(articles[i]));

        return
        [
            ("country scan alone (MB/s)", countries.ToString("F1", CultureInfo.InvariantCulture)),
            ("official finder alone (MB/s)", officials.ToString("F1", CultureInfo.InvariantCulture)),
            ("whole extraction alone (MB/s)", analysis.ToString("F1", CultureInfo.InvariantCulture)),
            ("decode only (MB/s)", decode.ToString("F1", CultureInfo.InvariantCulture)),
            ("decode + parse (MB/s)", parse.ToString("F1", CultureInfo.InvariantCulture)),
            ("decode + parse + extract (MB/s)", full.ToString("F1", CultureInfo.InvariantCulture)),
        ];
    }

    private static double MeasureEach(List<ParsedArticle> articles, IReadOnlyList<byte[]> files, long targetBytes, Action<int> work)
    {
        WarmUp(() => work(0));
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; bytes < targetBytes; i++)
        {
            work(i % articles.Count);
            bytes += files[i % files.Count].Length;
        }

        watch.Stop();
        return bytes / 1_000_000.0 / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Runs the work for a while first: the runtime compiles hot methods again, optimised, only after they
    /// have run for some time, and a figure taken before that measures the compiler, not the parser.
    /// </summary>
    private static void WarmUp(Action work)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(2))
        {
            work();
        }
    }

    private static double Measure(IReadOnlyList<byte[]> files, long targetBytes, Action<byte[]> work)
    {
        WarmUp(() => work(files[0]));
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; bytes < targetBytes; i++)
        {
            var file = files[i % files.Count];
            work(file);
            bytes += file.Length;
        }

        watch.Stop();
        return bytes / 1_000_000.0 / watch.Elapsed.TotalSeconds;
    }
}

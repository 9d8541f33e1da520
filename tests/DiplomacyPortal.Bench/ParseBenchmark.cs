using System.Diagnostics;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;

namespace DiplomacyPortal.Bench;

/// <summary>
/// Parse throughput on one core over the corpus files, beside reading and decoding the same files: the cost
/// of touching the data at all.
/// </summary>
internal static class ParseBenchmark
{
    public static IReadOnlyList<Row> Run(IReadOnlyList<string> files, long maxBytes)
    {
        // Both passes read from the page cache: warm it, and the JIT, first.
        Measure(files, Math.Min(maxBytes, 20_000_000), bytes => ArticleFileReader.Default.Read(bytes, "warm-up"));
        var decode = Measure(files, maxBytes, bytes => _ = TextDecoder.Decode(bytes).Decoded?.Text.Length);
        var parse = Measure(files, maxBytes, bytes => _ = ArticleFileReader.Default.Read(bytes, "bench").Analysis?.Officials.Count);
        return
        [
            new("parse: read + decode + parse + extract (MB/s, one core)", Tools.Number(parse, "F1"), $"read + decode only: {Tools.Number(decode, "F1")} MB/s",
                $"{Tools.Number(decode / parse, "F1")}x the cost of reading"),
        ];
    }

    private static double Measure(IReadOnlyList<string> files, long maxBytes, Action<byte[]> work)
    {
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < files.Count && bytes < maxBytes; i++)
        {
            var content = File.ReadAllBytes(files[i]);
            work(content);
            bytes += content.Length;
        }

        return bytes / 1_000_000.0 / watch.Elapsed.TotalSeconds;
    }
}

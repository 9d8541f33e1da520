using System.Diagnostics;
using System.Globalization;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyPortal.Bench;

/// <summary>Imports a synthetic corpus into a fresh SQLite file through the real ingestion service and reports articles per second.</summary>
internal static class ImportBenchmark
{
    public static async Task<(IReadOnlyList<(string Measure, string Value)> Rows, string DatabaseFile)> RunAsync(int articles, string folder)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench.db");
        foreach (var stale in Directory.GetFiles(folder, "bench.db*"))
        {
            File.Delete(stale);
        }

        var connectionString = PortalDatabase.ResolveConnectionString($"Data Source={file}");
        await using (var db = new PortalDbContext(PortalDatabase.Options(connectionString)))
        {
            await PortalDatabase.InitializeAsync(db);
        }

        var ingestor = new ArticleIngestor(() => new PortalDbContext(PortalDatabase.Options(connectionString)), ArticleFileReader.Default, NullLogger<ArticleIngestor>.Instance, TimeProvider.System);
        var corpus = new SyntheticCorpus(42);
        long bytes = 0;
        IEnumerable<IncomingFile> Files()
        {
            // Generated as they are imported, so a corpus of 100,000 never sits in memory whole.
            for (var i = 0; i < articles; i++)
            {
                var (name, content) = corpus.Next(i);
                bytes += content.Length;
                yield return new IncomingFile(name, content);
            }
        }

        var watch = Stopwatch.StartNew();
        var imported = 0;
        await ingestor.ImportManyAsync(Files(), "bench", result =>
        {
            if (result.Outcome == ImportOutcome.Imported)
            {
                imported++;
            }
        });
        watch.Stop();
        var process = Process.GetCurrentProcess();
        return (
        [
            ("synthetic articles", articles.ToString(CultureInfo.InvariantCulture)),
            ("corpus size (MB)", (bytes / 1_000_000.0).ToString("F1", CultureInfo.InvariantCulture)),
            ("imported (new articles)", imported.ToString(CultureInfo.InvariantCulture)),
            ("import throughput (articles/s, with search index)", (articles / watch.Elapsed.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture)),
            ("database size (MB)", (new FileInfo(file).Length / 1_000_000.0).ToString("F1", CultureInfo.InvariantCulture)),
            ("peak working set of the import (MB)", (process.PeakWorkingSet64 / 1_000_000.0).ToString("F0", CultureInfo.InvariantCulture)),
        ], file);
    }
}

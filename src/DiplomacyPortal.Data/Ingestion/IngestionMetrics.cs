using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// What the ingestion measures, for whoever listens (the portal's /metrics): files by outcome, the time each batch took
/// to write (waiting for the store included), and requests to the web by outcome with their time. A meter of its own,
/// so the CLI and the tests pay nothing.
/// </summary>
public static class IngestionMetrics
{
    public const string MeterName = "DiplomacyPortal.Ingestion";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Files = Meter.CreateCounter<long>("portal.import.files", "{file}", "Files received, by outcome (imported, duplicate, failed)");
    private static readonly Histogram<double> BatchSeconds = Meter.CreateHistogram(
        "portal.import.duration", "s", "Time to write one batch of files into the store",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    private static readonly Counter<long> Fetches = Meter.CreateCounter<long>("portal.fetch.requests", "{request}", "Pages, feeds and sitemaps fetched from the web, by outcome (ok, not-modified, failed)");
    private static readonly Histogram<double> FetchSeconds = Meter.CreateHistogram(
        "portal.fetch.duration", "s", "Time of one fetch: the wait for the site's turn, redirects and retries included",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });

    /// <summary>Records a fetch's outcome and the time since <paramref name="startTimestamp"/>.</summary>
    public static void Fetched(string outcome, long startTimestamp)
    {
        Fetches.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        FetchSeconds.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds);
    }

    public static void Counted(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Files.Add(1, new KeyValuePair<string, object?>("outcome", result.Outcome.ToString().ToLowerInvariant()));
    }

    /// <summary>Records the time since <paramref name="startTimestamp"/> (from <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static void BatchWritten(long startTimestamp) => BatchSeconds.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds);
}

using System.Globalization;

namespace DiplomacyPortal.Bench;

/// <summary>
/// One reading of the web process's memory, split so that growth can be placed: resident (RSS), its anonymous part
/// (heap memory, not mapped files), the managed heap the last collection left, and what the collector has committed.
/// The two GC figures come from the portal's own /metrics, so the process must run with Metrics:Enabled.
/// </summary>
internal sealed record MemorySample(TimeSpan At, long Rss, long Anonymous, long ManagedHeap, long GcCommitted)
{
    public static async Task<MemorySample> TakeAsync(TimeSpan at, int processId, HttpClient portal)
    {
        var (heap, committed) = await GcFiguresAsync(portal);
        return new(at, Tools.Rss(processId), Tools.AnonymousRss(processId), heap, committed);
    }

    /// <summary>A series as "rss/anonymous/heap/committed" in MB, one reading after another.</summary>
    public static string Series(IEnumerable<MemorySample> samples) =>
        string.Join(" ", samples.Select(s => $"{Loads.Megabytes(s.Rss)}/{Loads.Megabytes(s.Anonymous)}/{Loads.Megabytes(s.ManagedHeap)}/{Loads.Megabytes(s.GcCommitted)}"));

    private static async Task<(long Heap, long Committed)> GcFiguresAsync(HttpClient portal)
    {
        try
        {
            var text = await portal.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            return (Sum(text, "dotnet_gc_last_collection_heap_size_bytes"), Sum(text, "dotnet_gc_last_collection_memory_committed_size_bytes"));
        }
        catch (HttpRequestException)
        {
            return (0, 0);
        }
    }

    /// <summary>The sum of a Prometheus metric's values over all its labels (the heap size comes per generation).</summary>
    private static long Sum(string exposition, string metric) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Sum(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}

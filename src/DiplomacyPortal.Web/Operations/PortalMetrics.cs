using System.Diagnostics.Metrics;
using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Web.Operations;

/// <summary>
/// The portal's own measurements beside ASP.NET Core's (requests by route and status) and the ingestion's (files
/// imported by outcome, time per batch): how often the page cache answers, and how large the store has grown.
/// </summary>
public sealed class PortalMetrics
{
    public const string MeterName = "DiplomacyPortal.Web";

    private readonly Counter<long> _cacheLookups;

    public PortalMetrics(IMeterFactory meters, StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _cacheLookups = meter.CreateCounter<long>("portal.page_cache.lookups", "{request}", "Anonymous page requests, by whether the page cache answered (hit) or the page was built (miss)");
        if (store.Provider == StoreProvider.Sqlite)
        {
            var file = StoreBackups.DatabaseFile(store);
            meter.CreateObservableGauge("portal.store.size", () => FileSize(file) + FileSize(file + "-wal"), "By", "Size of the store's database file and its write-ahead log");
            meter.CreateObservableGauge("portal.sqlite.memory", SqliteProcessSettings.MemoryUsed, "By", "Memory SQLite holds in this process (page caches, statements), against its bound Portal:SqliteMemoryMegabytes");
        }
    }

    public void CacheHit() => _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", "hit"));

    public void CacheMiss() => _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", "miss"));

    private static long FileSize(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;
}

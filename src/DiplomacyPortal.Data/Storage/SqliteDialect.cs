using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Storage;

/// <summary>The embedded engine: one file, WAL, and the settings the measurements chose (docs/decisions/0004-sqlite-settings.md).</summary>
internal sealed class SqliteDialect : StoreDialect
{
    internal override SearchEngine Search => SearchEngine.Fts5;

    public override bool CanDeferIndexes => true;

    /// <summary>SQLite sorts NULL last in a descending order, so the date column alone orders and its indexes serve it.</summary>
    public override IOrderedQueryable<T> NewestFirst<T>(IQueryable<T> rows) =>
        rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id);

    /// <summary>WAL lets readers (the portal) read while a writer (an import) writes; the mode is kept in the file.</summary>
    public override async Task PrepareStoreAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

    public override async Task RefreshStatisticsAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);

    /// <summary>
    /// Lets an import's connection (until it is next opened) grow the WAL to 100,000 pages before copying it into the
    /// file: a page that several batches change (the top of an index, the search index's structure) is then copied once
    /// rather than at every checkpoint, and the file is synced less often.
    /// </summary>
    public override async Task UseImportLogAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint=100000;", cancellationToken);

    /// <summary>Passive: copies without waiting for readers, so the portal's next write does not pay for the import's last pages.</summary>
    public override async Task CheckpointAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
}

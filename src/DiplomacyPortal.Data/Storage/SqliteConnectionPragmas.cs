using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// Per-connection settings: pages of 8 KB for a new store (an existing one keeps its own), as a bulk import writes
/// its raw files, texts and search rows whole and larger pages take fewer WAL frames; WAL's safe and fast sync level;
/// statement journals in memory (an insert into a table with constraints opens one, and on disk they made a bulk
/// import write every page twice); a WAL of up to 10,000 pages before a checkpoint (an import allows more,
/// <see cref="SqliteDialect.UseImportLogAsync"/>), cut back to 64 MB on disk once copied, so an import's large WAL does not stay
/// behind; a page cache of <see cref="CacheKilobytes"/> instead of SQLite's 2 MB, as an import
/// batch touches pages all over the big indexes and a pair's or an official's page reads a few thousand index pages,
/// which a small cache re-reads from the file each time. Why and the measurements: docs/decisions/0004-sqlite-settings.md.
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPragmas Instance = new();

    /// <summary>Each pooled connection's page cache, at most; the web app keeps about one connection per concurrent request.</summary>
    public const int CacheKilobytes = 65_536;

    /// <summary>The page size of a new store; SQLite applies it only before the file's first table.</summary>
    public const int PageBytes = 8192;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA page_size={PageBytes}; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=10000; PRAGMA journal_size_limit=67108864; PRAGMA cache_size=-{CacheKilobytes};";
        command.ExecuteNonQuery();
    }
}

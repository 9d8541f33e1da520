using System.Data.Common;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Search;
using DiplomacyPortal.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyPortal.Data;

/// <summary>Where the store lives and how it is opened, the same way for the web app, the CLI and the tests.</summary>
public static class PortalDatabase
{
    /// <summary>The environment variable that names the database file.</summary>
    public const string EnvironmentVariable = "DIPLOMACYPORTAL_DB";

    /// <summary>
    /// The default database file: data/portal.db in the checkout (the folder holding DiplomacyPortal.sln,
    /// looked for upwards from the working directory), else under the working directory. `dotnet run
    /// --project` starts the web app and the CLI in their own project folders; anchoring the default at the
    /// checkout makes both use one store, so an import shows in the portal.
    /// </summary>
    public static string DefaultPath => Path.Combine(FindCheckoutRoot() ?? Directory.GetCurrentDirectory(), "data", "portal.db");

    /// <summary>The file the store is in when no connection string is configured: DIPLOMACYPORTAL_DB, else <see cref="DefaultPath"/>.</summary>
    public static string DefaultFile => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : DefaultPath;

    private static string? FindCheckoutRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiplomacyPortal.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// The connection string: <paramref name="configured"/> (ConnectionStrings:Portal) if given, else the
    /// DIPLOMACYPORTAL_DB file, else data/portal.db. The folder of the file is created if missing.
    /// </summary>
    public static string ResolveConnectionString(string? configured)
    {
        var builder = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = DefaultFile }
            : new SqliteConnectionStringBuilder(configured);

        // Writers wait for each other instead of failing with "database is locked".
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }

    /// <summary>The folder that holds the database file (for logs and backups beside it).</summary>
    public static string DataFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return Path.GetDirectoryName(Path.GetFullPath(string.IsNullOrEmpty(file) ? DefaultPath : file)) ?? ".";
    }

    /// <summary>The folder for logs: beside the SQLite file, or data/ of the checkout for a PostgreSQL store.</summary>
    public static string DataFolder(StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Provider == StoreProvider.Sqlite ? DataFolder(store.ConnectionString) : Path.GetDirectoryName(DefaultPath)!;
    }

    /// <summary>Configures EF Core for a SQLite store.</summary>
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UsePortalDatabase(new StoreSettings(StoreProvider.Sqlite, connectionString));

    /// <summary>Configures EF Core for the store the settings name.</summary>
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        if (store.Provider == StoreProvider.Postgres)
        {
            return options.UseNpgsql(store.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        }

        return options.UseSqlite(store.ConnectionString).AddInterceptors(ConnectionPragmas.Instance);
    }

    /// <summary>The assembly that holds the PostgreSQL migrations (the SQLite ones are in this assembly).</summary>
    public const string PostgresMigrationsAssembly = "DiplomacyPortal.Data.Postgres";

    /// <summary>Options for a context outside dependency injection (CLI, tests), on a SQLite store.</summary>
    public static DbContextOptions<PortalDbContext> Options(string connectionString) => Options(new StoreSettings(StoreProvider.Sqlite, connectionString));

    /// <summary>Options for a context outside dependency injection (CLI, tests).</summary>
    public static DbContextOptions<PortalDbContext> Options(StoreSettings store) =>
        (DbContextOptions<PortalDbContext>)new DbContextOptionsBuilder<PortalDbContext>().UsePortalDatabase(store).Options;

    /// <summary>Applies the migrations, switches the file to WAL and fills the country table from the gazetteer.</summary>
    public static async Task InitializeAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // A bulk import killed before its end left indexes out: build them first, as the migrations expect them, and
        // do what it left for its end.
        var cutShort = await DeferredIndexes.RestoreAsync(db, cancellationToken) > 0;
        await db.Database.MigrateAsync(cancellationToken);
        if (cutShort)
        {
            await Ingestion.RelatedLinks.LinkAllAsync(db, cancellationToken);
        }

        // WAL lets readers (the portal) read while a writer (an import) writes; the mode is kept in the file.
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var known = await db.Countries.Select(c => c.Code).ToListAsync(cancellationToken);
        var gazetteer = GazetteerData.Default;
        foreach (var country in gazetteer.Countries.Where(c => !known.Contains(c.Code)))
        {
            db.Countries.Add(new Entities.Country
            {
                Code = country.Code,
                NameZh = country.Chinese,
                NameEn = country.English,
                RelationsEstablished = gazetteer.RelationsEstablished.TryGetValue(country.Code, out var date) ? date : null,
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        // A store filled before the meetings dataset existed gets it built once.
        if (!await db.Meetings.AnyAsync(cancellationToken) && await Queries.Visibility.ReportingMeetings(db.Articles).AnyAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await Meetings.MeetingLinker.RebuildAllAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Meeting links stored before they kept their article's report get it, read from the article's text once.
        if (await db.MeetingArticles.AnyAsync(l => l.Type == null, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await Meetings.MeetingLinker.KeepStoredReportsAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // A migration that recreated the search table leaves it empty: tokenise the stored articles again.
        if (await SearchIndex.NeedsRebuildAsync(db, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SearchIndex.RebuildAllAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Lets SQLite refresh the statistics its query planner relies on, where they are missing or stale
        // (PostgreSQL's autovacuum does this on its own).
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        }
    }

    /// <summary>
    /// Lets an import's connection (until it is next opened) grow the WAL to 100,000 pages (800 MB at 8 KB pages) before
    /// copying it into the file: a page that several batches change (the top of an index, the search index's structure)
    /// is then copied once rather than at every checkpoint, and the file is synced less often.
    /// <see cref="CheckpointAsync"/> copies the rest at the end. Why and the measurements: docs/decisions/0004-sqlite-settings.md.
    /// </summary>
    public static async Task UseImportWalAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint=100000;", cancellationToken);
        }
    }

    /// <summary>
    /// Copies the WAL into the file as far as readers allow, without waiting for them: after a bulk import, so that
    /// the portal's next write does not pay for copying the import's last few hundred megabytes
    /// (docs/decisions/0004-sqlite-settings.md).
    /// </summary>
    public static async Task CheckpointAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
        }
    }

    /// <summary>
    /// Per-connection settings: pages of 8 KB for a new store (an existing one keeps its own), as a bulk import writes
    /// its raw files, texts and search rows whole and larger pages take fewer WAL frames; WAL's safe and fast sync level;
    /// statement journals in memory (an insert into a table with constraints opens one, and on disk they made a bulk
    /// import write every page twice); a WAL of up to 10,000 pages before a checkpoint (an import allows more,
    /// <see cref="UseImportWalAsync"/>), cut back to 64 MB on disk once copied, so an import's large WAL does not stay
    /// behind; a page cache of <see cref="ConnectionPragmas.CacheKilobytes"/> instead of SQLite's 2 MB, as an import
    /// batch touches pages all over the big indexes and a pair's or an official's page reads a few thousand index pages,
    /// which a small cache re-reads from the file each time. Why and the measurements: docs/decisions/0004-sqlite-settings.md.
    /// </summary>
    private sealed class ConnectionPragmas : DbConnectionInterceptor
    {
        public static readonly ConnectionPragmas Instance = new();

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
}

using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyPortal.Data.Tests;

/// <summary>
/// A real store of a test's own, with the shipped migrations applied: a SQLite file in a folder of its own, or,
/// when the run is for PostgreSQL (<see cref="TestPostgres"/>), a database of its own there.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private TestStore(string folder, StoreSettings settings)
    {
        Folder = folder;
        Settings = settings;
        Ingestor = new ArticleIngestor(NewContext, ArticleFileReader.Default, NullLogger<ArticleIngestor>.Instance, TimeProvider.System);
    }

    public string Folder { get; }

    public StoreSettings Settings { get; }

    public string ConnectionString => Settings.ConnectionString;

    public ArticleIngestor Ingestor { get; }

    public bool IsPostgres => Settings.Provider == StoreProvider.Postgres;

    /// <summary>A store on the provider the test run is for.</summary>
    public static Task<TestStore> CreateAsync() => TestPostgres.Server is not null ? CreatePostgresAsync() : CreateSqliteAsync();

    /// <summary>A SQLite store, whatever the run is for.</summary>
    public static async Task<TestStore> CreateSqliteAsync()
    {
        var folder = Directory.CreateTempSubdirectory("portal-store-").FullName;
        var store = new TestStore(folder, new StoreSettings(StoreProvider.Sqlite, PortalDatabase.ResolveConnectionString($"Data Source={Path.Combine(folder, "portal.db")};Pooling=False")));
        await store.InitializeAsync();
        return store;
    }

    /// <summary>A fresh database on the test run's PostgreSQL server.</summary>
    public static async Task<TestStore> CreatePostgresAsync()
    {
        var store = new TestStore(Directory.CreateTempSubdirectory("portal-store-").FullName, new StoreSettings(StoreProvider.Postgres, await TestPostgres.CreateDatabaseAsync()));
        await store.InitializeAsync();
        return store;
    }

    public PortalDbContext NewContext() => new(PortalDatabase.Options(Settings));

    public static string[] SeedPaths => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    public async Task<List<ImportResult>> ImportSeedsAsync()
    {
        var results = new List<ImportResult>();
        foreach (var path in SeedPaths)
        {
            results.Add(await Ingestor.ImportAsync(await File.ReadAllBytesAsync(path), Path.GetFileName(path), "test"));
        }

        return results;
    }

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        Directory.Delete(Folder, recursive: true);
    }

    private async Task InitializeAsync()
    {
        await using var db = NewContext();
        await PortalDatabase.InitializeAsync(db);
    }
}

using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DiplomacyPortal.Data.Tests;

/// <summary>
/// A real store of a test's own, with the shipped migrations applied: a SQLite file in a folder of its own, or,
/// when DIPLOMACYPORTAL_TEST_POSTGRES names a PostgreSQL server (CI starts one), a database of its own there.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    /// <summary>The variable that holds a connection string to a PostgreSQL server the tests may create databases on.</summary>
    public const string PostgresVariable = "DIPLOMACYPORTAL_TEST_POSTGRES";

    private TestStore(string folder, StoreSettings settings)
    {
        Folder = folder;
        Settings = settings;
        Ingestor = new ArticleIngestor(NewContext, ArticleFileReader.Default, NullLogger<ArticleIngestor>.Instance, TimeProvider.System);
    }

    /// <summary>The server the tests run on a second time, or null when they run on SQLite only.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public string Folder { get; }

    public StoreSettings Settings { get; }

    public string ConnectionString => Settings.ConnectionString;

    public ArticleIngestor Ingestor { get; }

    public bool IsPostgres => Settings.Provider == StoreProvider.Postgres;

    /// <summary>A store on the provider the test run is for.</summary>
    public static Task<TestStore> CreateAsync() => PostgresServer is { } server ? CreatePostgresAsync(server) : CreateSqliteAsync();

    /// <summary>A SQLite store, whatever the run is for.</summary>
    public static async Task<TestStore> CreateSqliteAsync()
    {
        var folder = Directory.CreateTempSubdirectory("portal-store-").FullName;
        var store = new TestStore(folder, new StoreSettings(StoreProvider.Sqlite, PortalDatabase.ResolveConnectionString($"Data Source={Path.Combine(folder, "portal.db")};Pooling=False")));
        await store.InitializeAsync();
        return store;
    }

    /// <summary>A fresh database on the PostgreSQL server <paramref name="server"/>.</summary>
    public static async Task<TestStore> CreatePostgresAsync(string server)
    {
        var name = $"portal_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        var store = new TestStore(Directory.CreateTempSubdirectory("portal-store-").FullName, new StoreSettings(StoreProvider.Postgres, connectionString));
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
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(ConnectionString).Database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
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

/// <summary>A test about SQLite itself (its file, its SQL): skipped when the run is for PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestStore.PostgresServer is not null)
        {
            Skip = "This run is against PostgreSQL (DIPLOMACYPORTAL_TEST_POSTGRES); the test is about SQLite and ran in the SQLite run.";
        }
    }
}

/// <summary>A test that needs a PostgreSQL server: skipped, with the reason, where none is configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStore.PostgresServer is null)
        {
            Skip = "No PostgreSQL server: set DIPLOMACYPORTAL_TEST_POSTGRES to a connection string (.ci/run starts a private one).";
        }
    }
}

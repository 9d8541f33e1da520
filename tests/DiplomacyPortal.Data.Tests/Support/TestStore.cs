using System.Text.Json;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;
using DiplomacyPortal.Data.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Data.Tests.Support;

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
        Services = new ServiceCollection().AddPortalStore(settings).AddIngestion().BuildServiceProvider();
        Ingestor = Services.GetRequiredService<ArticleIngestor>();
    }

    /// <summary>The store's services, composed as the portal and the CLI compose them.</summary>
    public ServiceProvider Services { get; }

    public ArticleEditor Editor => Services.GetRequiredService<ArticleEditor>();

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
        var store = new TestStore(folder, new StoreSettings(StoreProvider.Sqlite, StoreLocation.ResolveConnectionString($"Data Source={Path.Combine(folder, "portal.db")};Pooling=False")));
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

    /// <summary>What a store holds, without ids that depend on the order of writes.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = NewContext();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.ContentHash).Select(a => new
        {
            a.ContentHash, a.Headline, a.Pair, a.Date, a.PublishedAt, a.MeetingType,
            Officials = a.Officials.OrderBy(o => o.Position).Select(o => o.Official!.Name + "/" + o.Title + "/" + o.IsProminent).ToList(),
            Images = a.Images.OrderBy(i => i.Position).Select(i => i.Caption).ToList(),
            Related = a.RelatedItems.OrderBy(r => r.Position).Select(r => r.Headline + "/" + (r.LinkedArticleId != null)).ToList(),
            Countries = a.Countries.OrderBy(c => c.CountryCode).Select(c => c.CountryCode + c.Mentions + c.InPair).ToList(),
        }).ToListAsync();
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Date).ThenBy(m => m.Pair).Select(m => new { m.Pair, m.Date, m.Type, m.ArticleCount, m.HostCountry, Participants = m.Participants.Count }).ToListAsync();
        var search = new List<int>();
        foreach (var query in new[] { "王毅", "东海", "俄", "Pham Binh Minh" })
        {
            search.Add((await Search.SearchIndex.SearchAsync(db, query)).Count);
        }

        return JsonSerializer.Serialize(new { articles, meetings, search, Officials = await db.Officials.CountAsync() });
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
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
        await StoreInitializer.RunAsync(db);
    }
}

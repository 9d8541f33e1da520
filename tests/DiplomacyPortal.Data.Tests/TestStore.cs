using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyPortal.Data.Tests;

/// <summary>A real SQLite file in a folder of its own, with the shipped migrations applied.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private TestStore(string folder)
    {
        Folder = folder;
        ConnectionString = PortalDatabase.ResolveConnectionString($"Data Source={Path.Combine(folder, "portal.db")};Pooling=False");
        Ingestor = new ArticleIngestor(NewContext, ArticleFileReader.Default, NullLogger<ArticleIngestor>.Instance, TimeProvider.System);
    }

    public string Folder { get; }

    public string ConnectionString { get; }

    public ArticleIngestor Ingestor { get; }

    public static async Task<TestStore> CreateAsync()
    {
        var store = new TestStore(Directory.CreateTempSubdirectory("portal-store-").FullName);
        await using var db = store.NewContext();
        await PortalDatabase.InitializeAsync(db);
        return store;
    }

    public PortalDbContext NewContext() => new(PortalDatabase.Options(ConnectionString));

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

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

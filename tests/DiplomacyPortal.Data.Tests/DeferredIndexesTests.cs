using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

/// <summary>A bulk import that leaves the browsing indexes out and builds them at its end, however it ends.</summary>
public sealed class DeferredIndexesTests
{
    [Fact]
    public async Task Every_deferred_index_is_a_non_unique_index_of_the_model()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        var indexes = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).ToDictionary(i => i.GetDatabaseName()!);

        Assert.All(DeferredIndexes.Browsing, name => Assert.False(Assert.Contains(name, indexes).IsUnique, $"{name} is unique: it guards the data and stays"));
    }

    [Theory]
    [InlineData(10_000, 0, true)]
    [InlineData(9_999, 0, false)]
    [InlineData(20_000, 80_000, true)]
    [InlineData(20_000, 80_001, false)]
    public void Only_an_import_large_in_itself_and_against_the_store_defers_the_indexes(int files, int storedArticles, bool defers) =>
        Assert.Equal(defers, DeferredIndexes.IsWorthwhile(files, storedArticles));

    [SqliteFact]
    public async Task A_bulk_import_leaving_the_indexes_out_stores_what_an_ordinary_one_does_and_ends_with_every_index()
    {
        await using var ordinary = await TestStore.CreateAsync();
        await ordinary.ImportSeedsAsync();
        await using var bulk = await TestStore.CreateAsync();
        var expectedIndexes = await IndexDefinitionsAsync(bulk);
        var results = new List<ImportResult>();

        await bulk.Ingestor.ImportManyAsync(await SeedFilesAsync(), "test", results.Add, batchSize: 2, deferBrowsingIndexes: true);

        Assert.All(results, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        Assert.Equal(await ordinary.SnapshotAsync(), await bulk.SnapshotAsync());
        Assert.Equal(expectedIndexes, await IndexDefinitionsAsync(bulk));
        Assert.Empty(await DeferredRowsAsync(bulk));
    }

    [SqliteFact]
    public async Task Indexes_left_out_by_an_import_that_was_killed_are_built_at_the_next_start()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportSeedsAsync();
        var expectedIndexes = await IndexDefinitionsAsync(store);
        await using (var db = store.NewContext())
        {
            await DeferredIndexes.DeferAsync(db); // what a bulk import does first; a killed process goes no further
        }

        var indexesWhileDeferred = await IndexDefinitionsAsync(store);
        var recordedWhileDeferred = await DeferredRowsAsync(store);
        await using (var db = store.NewContext())
        {
            await PortalDatabase.InitializeAsync(db);
        }

        Assert.All(DeferredIndexes.Browsing, name => Assert.DoesNotContain(indexesWhileDeferred, d => d.StartsWith(name + "|", StringComparison.Ordinal)));
        Assert.Equal(DeferredIndexes.Browsing.Order(StringComparer.Ordinal), recordedWhileDeferred);
        Assert.Equal(expectedIndexes, await IndexDefinitionsAsync(store));
        Assert.Empty(await DeferredRowsAsync(store));
    }

    [SqliteFact]
    public async Task A_bulk_import_stopped_by_the_user_keeps_what_it_stored_and_builds_its_indexes_before_it_returns()
    {
        await using var store = await TestStore.CreateAsync();
        var expectedIndexes = await IndexDefinitionsAsync(store);
        using var stop = new CancellationTokenSource();
        var results = new List<ImportResult>();
        var files = await SeedFilesAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Ingestor.ImportManyAsync(
            files, "test", result => { results.Add(result); stop.Cancel(); }, batchSize: 1, deferBrowsingIndexes: true, cancellationToken: stop.Token));

        var stored = Assert.Single(results);
        Assert.Equal(ImportOutcome.Imported, stored.Outcome);
        await using var db = store.NewContext();
        Assert.Equal([stored.ArticleId!.Value], await db.Articles.Select(a => a.Id).ToListAsync());
        Assert.Equal(expectedIndexes, await IndexDefinitionsAsync(store));
        Assert.Empty(await DeferredRowsAsync(store));
    }

    private static async Task<List<IncomingFile>> SeedFilesAsync()
    {
        var files = new List<IncomingFile>();
        foreach (var path in TestStore.SeedPaths)
        {
            files.Add(new IncomingFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path)));
        }

        return files;
    }

    /// <summary>Each index of the file as "name|definition", by name.</summary>
    private static async Task<List<string>> IndexDefinitionsAsync(TestStore store)
    {
        await using var db = store.NewContext();
        return await db.Database.SqlQueryRaw<string>("SELECT name || '|' || sql AS Value FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").ToListAsync();
    }

    /// <summary>The indexes the store records as left out, by name (none when the table was never made).</summary>
    private static async Task<List<string>> DeferredRowsAsync(TestStore store)
    {
        await using var db = store.NewContext();
        var exists = await db.Database.SqlQueryRaw<int>("SELECT 1 AS Value FROM sqlite_master WHERE type = 'table' AND name = 'DeferredIndexes'").AnyAsync();
        return exists ? await db.Database.SqlQueryRaw<string>("SELECT Name AS Value FROM DeferredIndexes ORDER BY Name").ToListAsync() : [];
    }
}

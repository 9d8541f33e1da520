using System.Text;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

/// <summary>A bulk import that leaves out the indexes it does not read by and builds them at its end, however it ends.</summary>
public sealed class DeferredIndexesTests
{
    [Fact]
    public async Task Every_deferred_index_is_a_non_unique_index_of_the_model()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.NewContext();

        var indexes = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).ToDictionary(i => i.GetDatabaseName()!);

        Assert.All(DeferredIndexes.Names, name => Assert.False(Assert.Contains(name, indexes).IsUnique, $"{name} is unique: it guards the data and stays"));
    }

    [Theory]
    [InlineData(10_000, 0, true)]
    [InlineData(9_999, 0, false)]
    [InlineData(20_000, 80_000, true)]
    [InlineData(20_000, 80_001, false)]
    public void Only_an_import_large_in_itself_and_against_the_store_defers_the_indexes(int files, int storedArticles, bool defers) =>
        Assert.Equal(defers, DeferredIndexes.IsWorthwhile(files, storedArticles));

    [Fact]
    public async Task The_ingestor_defers_the_indexes_of_a_large_import_into_SQLite_only()
    {
        await using var store = await TestStore.CreateAsync();

        Assert.Equal(!store.IsPostgres, await store.Ingestor.ShouldDeferIndexesAsync(DeferredIndexes.MinimumFiles));
        Assert.False(await store.Ingestor.ShouldDeferIndexesAsync(DeferredIndexes.MinimumFiles - 1));
    }

    [SqliteFact]
    public async Task A_bulk_import_leaving_the_indexes_out_stores_what_an_ordinary_one_does_and_ends_with_every_index()
    {
        var files = await FilesAsync();
        await using var ordinary = await TestStore.CreateAsync();
        await ImportOneByOneAsync(ordinary, files);
        await using var bulk = await TestStore.CreateAsync();
        var expectedIndexes = await IndexDefinitionsAsync(bulk);
        var results = new List<ImportResult>();
        var indexesDuringTheImport = new List<int>();
        void Record(ImportResult result)
        {
            results.Add(result);
            indexesDuringTheImport.Add(CountIndexes(bulk, DeferredIndexes.Names));
        }

        await bulk.Ingestor.ImportManyAsync(files, "test", Record, batchSize: 2, deferIndexes: true);

        Assert.All(results, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        Assert.All(indexesDuringTheImport, count => Assert.Equal(0, count));
        Assert.Equal(await ordinary.SnapshotAsync(), await bulk.SnapshotAsync());
        Assert.Equal(expectedIndexes, await IndexDefinitionsAsync(bulk));
        Assert.Empty(await DeferredRowsAsync(bulk));
    }

    [SqliteFact]
    public async Task Indexes_and_links_left_by_an_import_that_was_killed_are_made_at_the_next_start()
    {
        await using var store = await TestStore.CreateAsync();
        await ImportOneByOneAsync(store, await FilesAsync());
        var expectedIndexes = await IndexDefinitionsAsync(store);
        var expectedContent = await store.SnapshotAsync();
        await using (var db = store.NewContext())
        {
            Assert.Equal(2, await db.RelatedItems.CountAsync(r => r.LinkedArticleId != null));

            // What a bulk import does first; killed, it leaves the stored items it would have linked at its end unlinked.
            await DeferredIndexes.DeferAsync(db);
            await db.RelatedItems.ExecuteUpdateAsync(r => r.SetProperty(i => i.LinkedArticleId, (int?)null));
        }

        var indexesWhileDeferred = await IndexDefinitionsAsync(store);
        var recordedWhileDeferred = await DeferredRowsAsync(store);
        await using (var db = store.NewContext())
        {
            await StoreInitializer.RunAsync(db);
        }

        Assert.All(DeferredIndexes.Names, name => Assert.DoesNotContain(indexesWhileDeferred, d => d.StartsWith(name + "|", StringComparison.Ordinal)));
        Assert.Equal(DeferredIndexes.Names.Order(StringComparer.Ordinal), recordedWhileDeferred);
        Assert.Equal(expectedIndexes, await IndexDefinitionsAsync(store));
        Assert.Empty(await DeferredRowsAsync(store));
        Assert.Equal(expectedContent, await store.SnapshotAsync());
    }

    [SqliteFact]
    public async Task A_bulk_import_stopped_by_the_user_keeps_what_it_stored_and_builds_its_indexes_before_it_returns()
    {
        await using var store = await TestStore.CreateAsync();
        var expectedIndexes = await IndexDefinitionsAsync(store);
        using var stop = new CancellationTokenSource();
        var results = new List<ImportResult>();
        var files = await FilesAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Ingestor.ImportManyAsync(
            files, "test", result => { results.Add(result); stop.Cancel(); }, batchSize: 1, deferIndexes: true, cancellationToken: stop.Token));

        var stored = Assert.Single(results);
        Assert.Equal(ImportOutcome.Imported, stored.Outcome);
        await using var db = store.NewContext();
        Assert.Equal([stored.ArticleId!.Value], await db.Articles.Select(a => a.Id).ToListAsync());
        Assert.Equal(expectedIndexes, await IndexDefinitionsAsync(store));
        Assert.Empty(await DeferredRowsAsync(store));
    }

    /// <summary>
    /// The seeds between two short articles that seed 002 lists among its related items: one imported before it, one
    /// after, so that items link to stored articles and stored items to new articles.
    /// </summary>
    private static async Task<List<IncomingFile>> FilesAsync()
    {
        var files = new List<IncomingFile> { new("before.txt", Encoding.UTF8.GetBytes("越南商品涌入中国边境市场\n\n越通社谅山——越南商品大量进入中国边境市场。(完)\n")) };
        foreach (var path in TestStore.SeedPaths)
        {
            files.Add(new IncomingFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path)));
        }

        files.Add(new IncomingFile("after.txt", Encoding.UTF8.GetBytes("越中携手推进数字化未来\n\n越通社河内——双方推进数字化合作。(完)\n")));
        return files;
    }

    private static async Task ImportOneByOneAsync(TestStore store, IEnumerable<IncomingFile> files)
    {
        foreach (var file in files)
        {
            await store.Ingestor.ImportAsync(file.Content, file.Name, "test");
        }
    }

    /// <summary>How many of <paramref name="names"/> the file has as indexes now (read on a connection of its own, as the portal would).</summary>
    private static int CountIndexes(TestStore store, IEnumerable<string> names)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(store.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index'";
        using var reader = command.ExecuteReader();
        var present = new HashSet<string>();
        while (reader.Read())
        {
            present.Add(reader.GetString(0));
        }

        return names.Count(present.Contains);
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

using System.Text;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data.Search;

namespace DiplomacyPortal.Data.Tests;

/// <summary>
/// A store of a little over <see cref="SearchIndex.BroadQueryMatches"/> articles (seed 000 with a numbered headline),
/// imported once for all the tests of <see cref="BroadSearchTests"/>.
/// </summary>
public sealed class BroadSearchStore : IAsyncLifetime
{
    /// <summary>A word only the numbered copies carry; every one of them matches it.</summary>
    public const string EveryCopy = "测试批次";

    public const int Copies = SearchIndex.BroadQueryMatches + 20;

    public TestStore Store { get; private set; } = null!;

    /// <summary>The copies' article ids, copy 1 first.</summary>
    public List<int> Ids { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync();
        var seed = await File.ReadAllTextAsync(TestStore.SeedPaths[0]);
        var headline = seed[..seed.IndexOf('\n', StringComparison.Ordinal)].TrimEnd('\r');
        var files = Enumerable.Range(1, Copies)
            .Select(i => new IncomingFile($"copy-{i}.txt", Encoding.UTF8.GetBytes(seed.Replace(headline, $"{headline}{EveryCopy}{i}号", StringComparison.Ordinal))))
            .ToList();
        var results = new List<ImportResult>();
        await Store.Ingestor.ImportManyAsync(files, "test", results.Add);
        Assert.All(results, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        Ids = results.Select(r => r.ArticleId!.Value).ToList();
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

/// <summary>
/// A text query matching more articles than <see cref="SearchIndex.BroadQueryMatches"/> is counted up to that
/// number only and listed newest first; a narrower one is counted exactly.
/// </summary>
public sealed class BroadSearchTests(BroadSearchStore fixture) : IClassFixture<BroadSearchStore>
{
    private const string EveryCopy = BroadSearchStore.EveryCopy;

    [Fact]
    public async Task Counting_stops_at_the_limit_it_is_given()
    {
        await using var db = fixture.Store.NewContext();

        Assert.Equal(100, await SearchIndex.CountUpToAsync(db, EveryCopy, 100));
        Assert.Equal(BroadSearchStore.Copies, await SearchIndex.CountUpToAsync(db, EveryCopy, int.MaxValue));
        Assert.Equal(1, await SearchIndex.CountUpToAsync(db, $"{EveryCopy}17号", 100));
    }

    [Fact]
    public async Task A_broad_query_is_counted_as_more_than_the_limit_and_listed_newest_first_without_hidden_articles()
    {
        var newest = fixture.Ids.Max();
        var editor = fixture.Store.Editor;
        Assert.True(await editor.SetHiddenAsync(newest, hidden: true, "editor"));

        await using var reader = fixture.Store.NewContext();
        var page = await ArticleQueries.PageAsync(reader, new ArticleFilter { Query = EveryCopy }, withFacets: false);

        Assert.True(page.TotalIsLowerBound);
        Assert.Equal(SearchIndex.BroadQueryMatches, page.Total);
        Assert.Equal(fixture.Ids.Where(id => id != newest).OrderDescending().Take(ArticleFilter.DefaultPageSize), page.Items.Select(i => i.Id));
        Assert.Empty(await SearchIndex.HiddenMatchesAsync(reader, "王毅"));
        Assert.Equal([newest], await SearchIndex.HiddenMatchesAsync(reader, EveryCopy));
    }

    [Fact]
    public async Task A_narrow_query_is_counted_exactly()
    {
        await using var db = fixture.Store.NewContext();
        var page = await ArticleQueries.PageAsync(db, new ArticleFilter { Query = $"{EveryCopy}17号" }, withFacets: false);

        Assert.False(page.TotalIsLowerBound);
        Assert.Equal(1, page.Total);
        Assert.Equal(fixture.Ids[16], Assert.Single(page.Items).Id);
    }
}

using DiplomacyPortal.Data.Search;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

public sealed class SearchTests : SeededStoreTests
{
    private async Task<List<int>> Search(string query)
    {
        await using var db = Store.NewContext();
        return await SearchIndex.SearchAsync(db, query);
    }

    [Fact]
    public async Task A_two_character_name_finds_seeds_001_and_002_and_not_000()
    {
        var hits = await Search("王毅");

        Assert.Equal([Ids[1], Ids[2]], hits.Order());
    }

    [Theory]
    [InlineData("东海", new[] { 0, 1, 4 })]
    [InlineData("全面战略合作伙伴关系", new[] { 1, 2, 3 })]
    [InlineData("拉夫罗夫", new[] { 4 })]
    [InlineData("Pham Binh Minh", new[] { 1, 2, 4 })]
    [InlineData("Phạm Bình Minh", new[] { 1, 2, 4 })]
    [InlineData("Wang Yi", new[] { 1, 2 })]
    [InlineData("Sergey Lavrov", new[] { 4 })]
    public async Task Chinese_words_and_romanised_names_find_the_right_articles(string query, int[] seeds) =>
        Assert.Equal(seeds.Select(i => Ids[i]), (await Search(query)).Order());

    [Fact]
    public async Task A_one_character_query_works()
    {
        var hits = await Search("俄");

        Assert.Contains(Ids[4], hits);
    }

    [Theory]
    [InlineData("\"王毅")]
    [InlineData("王毅 AND")]
    [InlineData("(王毅")]
    [InlineData("*")]
    [InlineData("NEAR(王毅 范平明)")]
    [InlineData("王毅 OR ) 东海 \" *")]
    public async Task Malformed_queries_never_fail(string query)
    {
        var exception = await Record.ExceptionAsync(() => Search(query));

        Assert.Null(exception);
    }

    [Fact]
    public async Task The_index_row_goes_with_the_article()
    {
        await using var db = Store.NewContext();
        var count = await SearchIndex.RowCountAsync(db);

        Assert.Equal(5, count);
    }

    [Fact]
    public async Task An_index_recreated_by_a_migration_is_filled_again_at_start_up()
    {
        var before = await Search("王毅");
        await using (var db = Store.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"ArticleSearch\"");
            await db.Database.ExecuteSqlRawAsync(Store.IsPostgres ? SearchIndex.CreatePostgresTableSql : SearchIndex.CreateTableSql);
            Assert.True(await SearchIndex.NeedsRebuildAsync(db));
            Assert.Empty(await SearchIndex.SearchAsync(db, "王毅"));

            await StoreInitializer.RunAsync(db);

            Assert.False(await SearchIndex.NeedsRebuildAsync(db));
        }

        Assert.Equal(before, await Search("王毅"));
        Assert.Equal([Ids[1], Ids[2], Ids[4]], (await Search("Pham Binh Minh")).Order());
    }

    [SqliteFact]
    public async Task The_index_merges_sixteen_segments_at_a_time_and_a_level_of_64_at_once()
    {
        await using var db = Store.NewContext();

        var automerge = await db.Database.SqlQueryRaw<int>("SELECT v AS \"Value\" FROM ArticleSearch_config WHERE k = 'automerge'").SingleAsync();
        var crisismerge = await db.Database.SqlQueryRaw<int>("SELECT v AS \"Value\" FROM ArticleSearch_config WHERE k = 'crisismerge'").SingleAsync();

        Assert.Equal((16, 64), (automerge, crisismerge));
    }
}

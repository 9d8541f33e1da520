using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

/// <summary>SQLite (FTS5) and PostgreSQL (tsvector) index the same tokens and must find the same articles.</summary>
public sealed class SearchEnginesAgreeTests
{
    private static readonly string[] Queries =
    [
        "俄", "越", "王毅", "东海", "河内", "全面战略", "全面战略合作伙伴关系", "拉夫罗夫", "Pham Binh Minh", "Phạm Bình Minh", "Wang Yi",
        "Sergey Lavrov", "王毅 范平明", "越中 Wang Yi", "越中两国", "不存在的词语", "\"(王毅 AND *", "Hà Nội",
    ];

    [PostgresFact]
    public async Task Every_query_finds_the_same_articles_on_SQLite_and_PostgreSQL_and_counts_them_alike()
    {
        await using var sqlite = await TestStore.CreateSqliteAsync();
        await using var postgres = await TestStore.CreatePostgresAsync();
        await sqlite.ImportSeedsAsync();
        await postgres.ImportSeedsAsync();

        await using var a = sqlite.NewContext();
        await using var b = postgres.NewContext();
        var found = 0;
        foreach (var query in Queries)
        {
            var onSqlite = await HashesAsync(a, await SearchIndex.SearchAsync(a, query));
            var onPostgres = await HashesAsync(b, await SearchIndex.SearchAsync(b, query));

            Assert.True(onSqlite.SetEquals(onPostgres), $"{query}: SQLite {onSqlite.Count}, PostgreSQL {onPostgres.Count}");
            Assert.Equal(await SearchIndex.CountUpToAsync(a, query, int.MaxValue), await SearchIndex.CountUpToAsync(b, query, int.MaxValue));
            found += onSqlite.Count;
        }

        Assert.True(found > 20, "the queries should find articles, or the comparison proves nothing");
    }

    private static async Task<HashSet<string>> HashesAsync(PortalDbContext db, List<int> ids) =>
        (await db.Articles.Where(x => ids.Contains(x.Id)).Select(x => x.ContentHash).ToListAsync()).ToHashSet();
}

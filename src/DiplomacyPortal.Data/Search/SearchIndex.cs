using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Search;

/// <summary>
/// The FTS5 table <c>ArticleSearch</c> (rowid = article id). Rows are written through the same
/// <see cref="PortalDbContext"/> connection as the article, inside its transaction, so a search never
/// sees a half-written article.
/// </summary>
public static class SearchIndex
{
    /// <summary>The SQL that creates the table; run by the migrations.</summary>
    public const string CreateTableSql =
        "CREATE VIRTUAL TABLE ArticleSearch USING fts5(head_bi, body_bi, head_uni, body_uni, latin, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');";

    /// <summary>Writes (or rewrites) the index row of an article.</summary>
    public static async Task WriteAsync(PortalDbContext db, Article article, IEnumerable<string> latinNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        await DeleteAsync(db, article.Id, cancellationToken);
        await InsertAsync(db, article, article.Images.Select(i => i.Caption), latinNames, cancellationToken);
    }

    /// <summary>Writes the index row of an article that has none yet.</summary>
    public static async Task InsertAsync(PortalDbContext db, Article article, IEnumerable<string?> captions, IEnumerable<string> latinNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        var head = $"{article.Headline}\n{article.Lead}";
        var body = string.Join('\n', captions.Prepend(article.Body));
        var latin = SearchTokens.LatinWords($"{head}\n{body}\n{string.Join('\n', latinNames)}");
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO ArticleSearch(rowid, head_bi, body_bi, head_uni, body_uni, latin) VALUES ({article.Id}, {SearchTokens.Bigrams(head)}, {SearchTokens.Bigrams(body)}, {SearchTokens.Unigrams(head)}, {SearchTokens.Unigrams(body)}, {latin})",
            cancellationToken);
    }

    /// <summary>Removes an article's row.</summary>
    public static Task DeleteAsync(PortalDbContext db, int articleId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM ArticleSearch WHERE rowid = {articleId}", cancellationToken);

    /// <summary>Ids of all matching articles as a subquery the database can join; null for an unsearchable query.</summary>
    public static IQueryable<int>? Matches(PortalDbContext db, string? query)
    {
        ArgumentNullException.ThrowIfNull(db);
        var match = SearchQuery.ToMatchExpression(query);
        return match is null ? null : db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match}");
    }

    /// <summary>Above this many matches a query is too broad for relevance to mean much: its results come newest first.</summary>
    public const int BroadQueryMatches = 5_000;

    /// <summary>How many articles match (hidden ones included); 0 for an unsearchable query.</summary>
    public static async Task<int> CountAsync(PortalDbContext db, string? query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var match = SearchQuery.ToMatchExpression(query);
        return match is null
            ? 0
            : await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match}").SingleAsync(cancellationToken);
    }

    /// <summary>
    /// One slice of the matches in display order: by relevance, or newest first for a broad query, where ranking
    /// every match would cost more than it tells (FTS5 reads its matches in id order without scoring them).
    /// </summary>
    public static async Task<List<int>> SliceAsync(PortalDbContext db, string query, bool broad, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var match = SearchQuery.ToMatchExpression(query);
        if (match is null)
        {
            return [];
        }

        return broad
            ? await db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {take} OFFSET {skip}").ToListAsync(cancellationToken)
            : await db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY bm25(ArticleSearch, 4.0, 1.0, 4.0, 1.0, 2.0) LIMIT {take} OFFSET {skip}").ToListAsync(cancellationToken);
    }

    /// <summary>Ids of matching articles, best first (headline matches weigh more), or an empty list for an unsearchable query.</summary>
    public static async Task<List<int>> SearchAsync(PortalDbContext db, string? query, int limit = 10_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var match = SearchQuery.ToMatchExpression(query);
        if (match is null)
        {
            return [];
        }

        return await db.Database
            .SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY bm25(ArticleSearch, 4.0, 1.0, 4.0, 1.0, 2.0) LIMIT {limit}")
            .ToListAsync(cancellationToken);
    }
}

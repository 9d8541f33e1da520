using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Search;

/// <summary>
/// The full-text index <c>ArticleSearch</c>, one row per article: an FTS5 table on SQLite, a tsvector column
/// with a GIN index on PostgreSQL (<see cref="SearchEngine"/>). Rows are written through the same
/// <see cref="PortalDbContext"/> connection as the article, inside its transaction, so a search never
/// sees a half-written article.
/// </summary>
public static class SearchIndex
{
    /// <summary>
    /// The SQL that creates the table; run by the migrations. Every token is computed in C# (<see cref="SearchTokens"/>)
    /// and separated by spaces, so the plain <c>ascii</c> tokenizer only splits on them: it keeps non-ASCII
    /// characters as they are, and costs an import less than <c>unicode61</c>
    /// (docs/decisions/0003-search-tokens-computed-in-csharp.md). A migration that creates the table runs
    /// <see cref="MergeSettingsSql"/> after it.
    /// </summary>
    public const string CreateTableSql =
        "CREATE VIRTUAL TABLE ArticleSearch USING fts5(head_bi, body_bi, head_uni, body_uni, latin, content='', contentless_delete=1, tokenize='ascii');";

    /// <summary>
    /// How FTS5 merges the index segments an import writes (one or more a batch), kept in the table; run by the
    /// migrations after <see cref="CreateTableSql"/>. By default it merges four segments of a level into one of the
    /// next, so a term's entries are rewritten once per level; merging sixteen at a time makes fewer levels, and a level
    /// that reaches 64 segments is merged at once, so a search never reads more than a bounded number of them.
    /// Why and the measurements: docs/decisions/0004-sqlite-settings.md.
    /// </summary>
    public const string MergeSettingsSql =
        "INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('automerge', 16); INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('crisismerge', 64);";

    /// <summary>The SQL that creates the table on PostgreSQL; run by its migrations.</summary>
    public const string CreatePostgresTableSql =
        "CREATE TABLE \"ArticleSearch\" (\"ArticleId\" integer PRIMARY KEY, \"Document\" tsvector NOT NULL); CREATE INDEX \"IX_ArticleSearch_Document\" ON \"ArticleSearch\" USING GIN (\"Document\");";

    /// <summary>Writes (or rewrites) the index row of an article.</summary>
    public static async Task WriteAsync(PortalDbContext db, Article article, IEnumerable<string> latinNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        await DeleteAsync(db, article.Id, cancellationToken);
        using var writer = new SearchRowWriter(db);
        await writer.InsertAsync(article.Id, SearchDocument.Of(article, article.Images.Select(i => i.Caption)), latinNames, cancellationToken);
    }

    /// <summary>Whether articles are stored but the index has no row (a migration recreated the table).</summary>
    public static async Task<bool> NeedsRebuildAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Articles.AnyAsync(cancellationToken) && !await db.Database.SqlQuery<int>(SearchEngine.For(db).AnyRow).AnyAsync(cancellationToken);
    }

    /// <summary>How many articles the index holds a row for.</summary>
    public static Task<long> RowCountAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQuery<long>(SearchEngine.For(db).RowCount).SingleAsync(cancellationToken);
    }

    /// <summary>Writes the index row of every article again, a chunk of articles at a time; the caller commits.</summary>
    public static async Task RebuildAllAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
#pragma warning disable EF1002 // constant SQL of the engine
        await db.Database.ExecuteSqlRawAsync(SearchEngine.For(db).DeleteAll, cancellationToken);
#pragma warning restore EF1002
        using var writer = new SearchRowWriter(db);
        var lastId = 0;
        while (true)
        {
            var chunk = await db.Articles.AsNoTracking().Include(a => a.Images).Include(a => a.Officials).ThenInclude(o => o.Official)
                .Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(500).AsSplitQuery().ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                return;
            }

            foreach (var article in chunk)
            {
                await writer.InsertAsync(article.Id, SearchDocument.Of(article, article.Images.Select(i => i.Caption)), Ingestion.OfficialLinker.LatinNamesOf(article), cancellationToken);
            }

            lastId = chunk[^1].Id;
        }
    }

    /// <summary>Removes an article's row.</summary>
    public static Task DeleteAsync(PortalDbContext db, int articleId, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlAsync(SearchEngine.For(db).Delete(articleId), cancellationToken);

    /// <summary>Ids of all matching articles as a subquery the database can join; null for an unsearchable query.</summary>
    public static IQueryable<int>? Matches(PortalDbContext db, string? query)
    {
        ArgumentNullException.ThrowIfNull(db);
        var engine = SearchEngine.For(db);
        return engine.Match(query) is { } match ? db.Database.SqlQuery<int>(engine.Ids(match)) : null;
    }

    /// <summary>
    /// Above this many matches a query is too broad for relevance to mean much: its results come newest first, and
    /// its count is given as "more than" this number (docs/decisions/0003-search-tokens-computed-in-csharp.md).
    /// </summary>
    public const int BroadQueryMatches = 5_000;

    /// <summary>
    /// How many articles match (hidden ones included), counting no further than <paramref name="limit"/>: counting
    /// every match of a phrase found in most articles reads every match's positions, while the engines stop early
    /// under a limit.
    /// </summary>
    public static async Task<int> CountUpToAsync(PortalDbContext db, string? query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var engine = SearchEngine.For(db);
        return engine.Match(query) is { } match ? await db.Database.SqlQuery<int>(engine.CountUpTo(match, limit)).SingleAsync(cancellationToken) : 0;
    }

    /// <summary>The hidden articles that match (hidden articles are few).</summary>
    public static async Task<List<int>> HiddenMatchesAsync(PortalDbContext db, string? query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var engine = SearchEngine.For(db);
        return engine.Match(query) is { } match ? await db.Database.SqlQuery<int>(engine.HiddenIds(match)).ToListAsync(cancellationToken) : [];
    }

    /// <summary>
    /// One slice of the matches in display order: by relevance, or newest first for a broad query, where ranking
    /// every match would cost more than it tells.
    /// </summary>
    public static async Task<List<int>> SliceAsync(PortalDbContext db, string query, bool broad, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var engine = SearchEngine.For(db);
        if (engine.Match(query) is not { } match)
        {
            return [];
        }

        return await db.Database.SqlQuery<int>(broad ? engine.NewestFirst(match, skip, take) : engine.Ranked(match, skip, take)).ToListAsync(cancellationToken);
    }

    /// <summary>Ids of matching articles, best first (headline matches weigh more), or an empty list for an unsearchable query.</summary>
    public static Task<List<int>> SearchAsync(PortalDbContext db, string? query, int limit = 10_000, CancellationToken cancellationToken = default) =>
        SliceAsync(db, query ?? string.Empty, broad: false, 0, limit, cancellationToken);
}

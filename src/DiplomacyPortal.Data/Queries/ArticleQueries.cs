using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>An article as lists show it.</summary>
public sealed record ArticleSummary(int Id, string? Headline, string? Lead, int? Year, int? Month, int? Day, string DatePrecision, string? Pair, string? MeetingType, string? DatelinePlace);

/// <summary>A value of a facet and how many articles have it under the other active filters.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>
/// One page of a filtered list, with the facet counts beside it. <see cref="TotalIsLowerBound"/>: a text query
/// matched more than <see cref="Search.SearchIndex.BroadQueryMatches"/> articles and was not counted further.
/// </summary>
public sealed record ArticlePage(
    IReadOnlyList<ArticleSummary> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<FacetValue> Pairs,
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<FacetValue> Countries,
    IReadOnlyList<OfficialSummary> Officials,
    bool TotalIsLowerBound = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The read queries of the article lists: filter, facets, search ranking, paging; a bounded number of queries per page.</summary>
public static class ArticleQueries
{
    /// <summary>Projects to the list shape.</summary>
    public static IQueryable<ArticleSummary> Summaries(IQueryable<Entities.Article> articles) =>
        articles.Select(a => new ArticleSummary(a.Id, a.Headline, a.Lead, a.Year, a.Month, a.Day, a.DatePrecision, a.Pair, a.MeetingType, a.DatelinePlace));

    /// <summary>One page of articles with facets (when asked). With a text query the order is by relevance, else newest first.</summary>
    public static async Task<ArticlePage> PageAsync(PortalDbContext db, ArticleFilter filter, bool withFacets = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, ArticleFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var searching = !string.IsNullOrWhiteSpace(filter.Query);
        var matches = searching ? SearchIndex.Matches(db, filter.Query) ?? db.Articles.Where(_ => false).Select(a => a.Id) : null;
        var articles = db.Articles.AsNoTracking();
        var filtered = ArticleFilters.Apply(db, articles, filter, matches);

        List<ArticleSummary> items;
        int total;
        var totalIsLowerBound = false;
        if (!searching)
        {
            total = await filtered.CountAsync(cancellationToken);
            items = await Summaries(ArticleFilters.NewestFirst(db, filtered).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        }
        else if ((filter with { Query = null }).IsEmpty)
        {
            // Only a text query: count and slice straight from the index; hidden articles are few, taken out here.
            // A broad query is counted up to the limit only and shown newest first.
            var hidden = await SearchIndex.HiddenMatchesAsync(db, filter.Query, cancellationToken);
            var counted = await SearchIndex.CountUpToAsync(db, filter.Query, SearchIndex.BroadQueryMatches + hidden.Count + 1, cancellationToken) - hidden.Count;
            var broad = counted > SearchIndex.BroadQueryMatches;
            total = Math.Min(counted, SearchIndex.BroadQueryMatches);
            totalIsLowerBound = broad;
            var slice = await SearchIndex.SliceAsync(db, filter.Query!, broad, (page - 1) * pageSize, pageSize + hidden.Count, cancellationToken);
            items = await SummariesInOrderAsync(db, slice.Except(hidden).Take(pageSize).ToList(), cancellationToken);
        }
        else
        {
            // Relevance comes from the index (best first); the other filters from the database.
            var ranked = await SearchIndex.SearchAsync(db, filter.Query, cancellationToken: cancellationToken);
            var matching = (await filtered.Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
            var inOrder = ranked.Where(matching.Contains).Concat(matching.Except(ranked).OrderByDescending(id => id)).ToList();
            total = matching.Count;
            items = await SummariesInOrderAsync(db, inOrder.Skip((page - 1) * pageSize).Take(pageSize).ToList(), cancellationToken);
        }

        if (!withFacets)
        {
            return new ArticlePage(items, total, page, pageSize, [], [], [], [], [], totalIsLowerBound);
        }

        return new ArticlePage(
            items,
            total,
            page,
            pageSize,
            await FacetAsync(db, filter with { Pair = null }, matches, a => a.Pair, a => a.Pair + "", cancellationToken),
            await FacetAsync(db, filter with { Type = null }, matches, a => a.MeetingType, a => a.MeetingType + "", cancellationToken),
            await FacetAsync(db, filter with { Year = null, Month = null, YearUnknown = false }, matches, a => a.Year, a => a.Year + 0, cancellationToken),
            await PartnerFacetAsync(db, filter with { Country = null }, matches, cancellationToken),
            (filter with { OfficialId = null }).IsEmpty
                ? await OfficialQueries.TopOfficialsOverallAsync(db, 15, cancellationToken)
                : await OfficialQueries.TopOfficialsAsync(db, ArticleFilters.Apply(db, articles, filter with { OfficialId = null }, matches), 15, cancellationToken),
            totalIsLowerBound);
    }

    /// <summary>One page of a list of article ids already in display order (an official's articles, newest first), without facets.</summary>
    public static async Task<ArticlePage> PageOfAsync(PortalDbContext db, IReadOnlyList<int> idsInOrder, int page, int pageSize = ArticleFilter.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idsInOrder);
        pageSize = Math.Clamp(pageSize, 1, ArticleFilter.MaxPageSize);
        page = Math.Max(1, page);
        var items = await SummariesInOrderAsync(db, idsInOrder.Skip((page - 1) * pageSize).Take(pageSize).ToList(), cancellationToken);
        return new ArticlePage(items, idsInOrder.Count, page, pageSize, [], [], [], [], []);
    }

    /// <summary>The list shape of the given articles, in the order of the ids.</summary>
    private static async Task<List<ArticleSummary>> SummariesInOrderAsync(PortalDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        var rows = await Summaries(db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))).ToDictionaryAsync(r => r.Id, cancellationToken);
        return ids.Select(id => rows[id]).ToList();
    }

    /// <summary>
    /// Partner countries: the countries of the articles' pairs, Vietnam left out (it is in nearly every pair).
    /// Over the whole store the link table's index answers alone; under a filter the articles are counted by pair
    /// (read from the index that serves the filter) and each pair's count goes to its two countries, which is what
    /// the link table's pair countries hold, without a look-up per article.
    /// </summary>
    private static async Task<List<FacetValue>> PartnerFacetAsync(PortalDbContext db, ArticleFilter filter, IQueryable<int>? matches, CancellationToken cancellationToken)
    {
        IEnumerable<(string Country, int Count)> counts;
        if (filter.IsEmpty)
        {
            var hidden = Visibility.HiddenIds(db);
            var groups = await db.ArticleCountries.Where(c => c.InPair && c.CountryCode != "VN" && !hidden.Contains(c.ArticleId))
                .GroupBy(c => c.CountryCode)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            counts = groups.Select(g => (g.Key, g.Count));
        }
        else
        {
            var pairs = await FacetAsync(db, filter, matches, a => a.Pair, a => a.Pair + "", cancellationToken);
            counts = pairs.SelectMany(p => p.Value.Split('-').Where(code => code != "VN").Select(code => (code, p.Count)))
                .GroupBy(c => c.code).Select(g => (g.Key, g.Sum(c => c.Count)));
        }

        return counts.OrderByDescending(c => c.Count).ThenBy(c => c.Country, StringComparer.Ordinal).Select(c => new FacetValue(c.Country, c.Count)).ToList();
    }

    /// <summary>
    /// Counts the articles under <paramref name="filter"/> per value of a column. Under a filter they are grouped by
    /// an expression of the column (<paramref name="columnAsExpression"/>: Pair + "", Year + 0), not the bare column:
    /// given a bare column SQLite walks that column's whole index to avoid a sort, even when another filter (type=talks)
    /// would narrow the rows a hundredfold through its own index. Over the whole store walking that index is the
    /// shortest way, so there the bare column is grouped (docs/performance.md has the measurements).
    /// </summary>
    private static async Task<List<FacetValue>> FacetAsync<TKey>(
        PortalDbContext db,
        ArticleFilter filter,
        IQueryable<int>? matches,
        System.Linq.Expressions.Expression<Func<Entities.Article, TKey>> column,
        System.Linq.Expressions.Expression<Func<Entities.Article, TKey>> columnAsExpression,
        CancellationToken cancellationToken)
    {
        var articles = ArticleFilters.Apply(db, db.Articles.AsNoTracking(), filter, matches);
        var key = filter.IsEmpty ? column : columnAsExpression;
        var groups = await articles.Select(key).Where(v => v != null).GroupBy(v => v).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return groups
            .Select(g => new FacetValue(Convert.ToString(g.Key, System.Globalization.CultureInfo.InvariantCulture)!, g.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The lead and body of the articles, by id, for the snippets of search results.</summary>
    public static Task<Dictionary<int, string>> TextsAsync(PortalDbContext db, List<int> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, Text = (a.Lead ?? string.Empty) + "\n" + a.Body })
            .ToDictionaryAsync(a => a.Id, a => a.Text, cancellationToken);
    }
}

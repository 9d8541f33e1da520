using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>An article as lists show it.</summary>
public sealed record ArticleSummary(int Id, string? Headline, string? Lead, int? Year, int? Month, int? Day, string DatePrecision, string? Pair, string? MeetingType, string? DatelinePlace);

/// <summary>A value of a facet and how many articles have it under the other active filters.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>One page of a filtered list, with the facet counts beside it.</summary>
public sealed record ArticlePage(
    IReadOnlyList<ArticleSummary> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<FacetValue> Pairs,
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Years)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The read queries of the article lists: filter, facets, search ranking, paging; a bounded number of queries per page.</summary>
public static class ArticleQueries
{
    /// <summary>Projects to the list shape.</summary>
    public static IQueryable<ArticleSummary> Summaries(IQueryable<Entities.Article> articles) =>
        articles.Select(a => new ArticleSummary(a.Id, a.Headline, a.Lead, a.Year, a.Month, a.Day, a.DatePrecision, a.Pair, a.MeetingType, a.DatelinePlace));

    /// <summary>One page of articles with facets. With a text query the order is by relevance, else newest first.</summary>
    public static async Task<ArticlePage> PageAsync(PortalDbContext db, ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, ArticleFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var ranked = string.IsNullOrWhiteSpace(filter.Query) ? null : await SearchIndex.SearchAsync(db, filter.Query, cancellationToken: cancellationToken);
        var articles = db.Articles.AsNoTracking();
        var filtered = ArticleFilters.Apply(articles, filter, ranked);

        List<ArticleSummary> items;
        int total;
        if (ranked is null)
        {
            total = await filtered.CountAsync(cancellationToken);
            items = await Summaries(ArticleFilters.NewestFirst(filtered).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        }
        else
        {
            var matching = (await filtered.Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
            var pageIds = ranked.Where(matching.Contains).Skip((page - 1) * pageSize).Take(pageSize).ToList();
            total = matching.Count;
            var rows = await Summaries(articles.Where(a => pageIds.Contains(a.Id))).ToListAsync(cancellationToken);
            items = pageIds.Select(id => rows.Single(r => r.Id == id)).ToList();
        }

        return new ArticlePage(
            items,
            total,
            page,
            pageSize,
            await FacetAsync(ArticleFilters.Apply(articles, filter with { Pair = null }, ranked), a => a.Pair, cancellationToken),
            await FacetAsync(ArticleFilters.Apply(articles, filter with { Type = null }, ranked), a => a.MeetingType, cancellationToken),
            await FacetAsync(ArticleFilters.Apply(articles, filter with { Year = null, Month = null }, ranked), a => a.Year, cancellationToken));
    }

    private static async Task<List<FacetValue>> FacetAsync<TKey>(IQueryable<Entities.Article> articles, System.Linq.Expressions.Expression<Func<Entities.Article, TKey>> key, CancellationToken cancellationToken)
    {
        var groups = await articles.Select(key).Where(v => v != null).GroupBy(v => v).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return groups
            .Select(g => new FacetValue(Convert.ToString(g.Key, System.Globalization.CultureInfo.InvariantCulture)!, g.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Value, StringComparer.Ordinal)
            .ToList();
    }
}

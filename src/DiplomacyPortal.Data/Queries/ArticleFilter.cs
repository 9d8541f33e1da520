using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Data.Queries;

/// <summary>The filters the Articles page, the feeds and the API share. Every value is optional.</summary>
public sealed record ArticleFilter
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    /// <summary>Canonical pair, "CN-VN".</summary>
    public string? Pair { get; init; }

    /// <summary>A partner country: articles whose pair includes it.</summary>
    public string? Country { get; init; }

    public int? OfficialId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int? Year { get; init; }

    /// <summary>Only articles whose year is unknown ("4月1日", no year).</summary>
    public bool YearUnknown { get; init; }

    public int? Month { get; init; }

    /// <summary>Meeting type: talks, meeting, phone-call…</summary>
    public string? Type { get; init; }

    /// <summary>Full-text query.</summary>
    public string? Query { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Whether the filter narrows nothing (paging aside).</summary>
    public bool IsEmpty => this with { Page = 1, PageSize = DefaultPageSize } == new ArticleFilter();

    /// <summary>The same filter on the first page, for links that change a filter.</summary>
    public ArticleFilter FirstPage() => this with { Page = 1 };
}

/// <summary>Applies an <see cref="ArticleFilter"/> to a query, so that every page filters the same way.</summary>
public static class ArticleFilters
{
    /// <summary>
    /// Narrows visible articles by the filter. <paramref name="searchIds"/> are the full-text matches when the
    /// filter has a query (null when it has none), kept as a subquery so that the database joins them.
    /// Link tables are filtered with IN (subquery) rather than EXISTS, so that their index on the filtered
    /// column is used instead of probing them once per article.
    /// </summary>
    public static IQueryable<Article> Apply(PortalDbContext db, IQueryable<Article> articles, ArticleFilter filter, IQueryable<int>? searchIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(filter);
        var query = DatedPairFilter.Apply(articles.Where(Visibility.Shown), filter); // visibility on the row, which the filters read anyway
        if (filter.Country is { } country)
        {
            var inPair = db.ArticleCountries.Where(c => c.CountryCode == country && c.InPair).Select(c => c.ArticleId);
            query = query.Where(a => inPair.Contains(a.Id));
        }

        if (filter.OfficialId is { } officialId)
        {
            var naming = db.ArticleOfficials.Where(o => o.OfficialId == officialId).Select(o => o.ArticleId);
            query = query.Where(a => naming.Contains(a.Id));
        }

        if (filter.Type is { } type)
        {
            query = query.Where(a => a.MeetingType == type);
        }

        if (searchIds is not null)
        {
            query = query.Where(a => searchIds.Contains(a.Id));
        }

        return query;
    }

    /// <summary>Newest first; articles with no known date after the dated ones, newest received first.</summary>
    public static IOrderedQueryable<Article> NewestFirst(PortalDbContext db, IQueryable<Article> articles) =>
        StoreDialect.For(db).NewestFirst(articles);
}

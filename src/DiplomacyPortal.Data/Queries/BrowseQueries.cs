using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

public sealed record PairSummary(string Pair, int Count, DateTime? First, DateTime? Last);

public sealed record OfficialSummary(int Id, string Name, string? CountryCode, string? LatinName, int Articles);

public sealed record MonthCount(int Year, int Month, int Count);

public sealed record CountValue(string Value, int Count);

public sealed record ArticleOfficialView(int OfficialId, string Name, string? CountryCode, string? Title, string? LatinName);

public sealed record RelatedView(string? Caption, string Headline, string? Summary, int? LinkedArticleId);

public sealed record ImageView(string? Caption, string? Credit);

/// <summary>An article as its page shows it.</summary>
public sealed record ArticleDetails(
    int Id, string? Headline, string? Lead, int? Year, int? Month, int? Day, string DatePrecision, string? DateEvidence, DateTime? PublishedAt,
    string? DatelineText, string? DatelinePlace, string Body, string? Subheadings, string? EndMarker, string? Author, string? Pair, string? PairEvidence,
    string? MeetingType, string? SeeAlso, string? Warnings, IReadOnlyList<ImageView> Images, IReadOnlyList<ArticleOfficialView> Officials, IReadOnlyList<RelatedView> Related,
    int? PreviousInPair, int? NextInPair);

public sealed record TitleSpan(string Title, DateTime? First, DateTime? Last, int Articles);

/// <summary>An official of another country someone met, and in how many meetings.</summary>
public sealed record Counterpart(int Id, string Name, string? CountryCode, int Meetings);

/// <summary>
/// An official as the page and the API show them. <see cref="ArticleIds"/>, the visible articles naming them newest
/// first, serves the page's list; the API leaves it out (its article list is /api/v1/articles?official=ID).
/// </summary>
public sealed record OfficialDetails(int Id, string Name, string? CountryCode, string? LatinName, string? VietnameseName, IReadOnlyList<string> Aliases,
    IReadOnlyList<TitleSpan> Titles, IReadOnlyList<Counterpart> Counterparts, IReadOnlyList<MonthCount> Timeline,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<int> ArticleIds);

public sealed record PairDetails(string Pair, int Count, IReadOnlyList<MonthCount> Timeline, IReadOnlyList<CountValue> MeetingTypes, IReadOnlyList<OfficialSummary> Officials, IReadOnlyList<ArticleSummary> Latest);

public sealed record HomeView(IReadOnlyList<ArticleSummary> Latest, IReadOnlyList<PairSummary> Pairs, IReadOnlyList<OfficialSummary> Officials, IReadOnlyList<MonthCount> Timeline, int Total);

/// <summary>The read queries of the browsing pages, each projecting straight into the shape its page shows.</summary>
public static class BrowseQueries
{
    public static async Task<HomeView> HomeAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await ArticleQueries.Summaries(ArticleFilters.NewestFirst(db, Visibility.Articles(db)).Take(10)).ToListAsync(cancellationToken);
        var pairs = (await PairsAsync(db, cancellationToken)).Take(10).ToList();
        var officials = await TopOfficialsOverallAsync(db, 10, cancellationToken);
        var timeline = await TimelineAsync(Visibility.Articles(db), cancellationToken);
        return new HomeView(latest, pairs, officials, timeline, await Visibility.Articles(db).CountAsync(cancellationToken));
    }

    public static async Task<List<PairSummary>> PairsAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Visibility.Articles(db).Where(a => a.Pair != null).GroupBy(a => a.Pair!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new PairSummary(g.Key, g.Count(), g.Min(a => a.Date), g.Max(a => a.Date)))
            .ToListAsync(cancellationToken);
    }

    public static async Task<List<OfficialSummary>> TopOfficialsAsync(PortalDbContext db, IQueryable<Article> articles, int take, CancellationToken cancellationToken = default) =>
        await TopOfficialsOfLinksAsync(db, db.ArticleOfficials.AsNoTracking().Where(o => articles.Select(a => a.Id).Contains(o.ArticleId)), take, cancellationToken);

    /// <summary>The most mentioned officials of all visible articles: counted over the link table alone, hidden articles left out.</summary>
    public static async Task<List<OfficialSummary>> TopOfficialsOverallAsync(PortalDbContext db, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await TopOfficialsOfLinksAsync(db, Visibility.OfficialLinks(db), take, cancellationToken);
    }

    // Counts by official id first (the link table's index answers that), then names only the top ones.
    private static async Task<List<OfficialSummary>> TopOfficialsOfLinksAsync(PortalDbContext db, IQueryable<ArticleOfficial> links, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var top = await links.GroupBy(o => o.OfficialId)
            .Select(g => new { OfficialId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.OfficialId)
            .Take(take)
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, top.Select(t => t.OfficialId).ToList(), cancellationToken);
        return top.Select(t => new OfficialSummary(t.OfficialId, names[t.OfficialId].Name, names[t.OfficialId].CountryCode, names[t.OfficialId].LatinName, t.Count)).ToList();
    }

    /// <summary>How officials are named in lists, by id: the few at the top of a count, looked up once it is made.</summary>
    internal static Task<Dictionary<int, OfficialName>> NamesAsync(PortalDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        db.Officials.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new OfficialName(o.Id, o.Name, o.CountryCode, o.LatinName))
            .ToDictionaryAsync(o => o.Id, cancellationToken);

    internal sealed record OfficialName(int Id, string Name, string? CountryCode, string? LatinName);

    public static async Task<List<MonthCount>> TimelineAsync(IQueryable<Article> articles, CancellationToken cancellationToken = default) =>
        await articles.Where(a => a.Year != null && a.Month != null).GroupBy(a => new { a.Year, a.Month })
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new MonthCount(g.Key.Year!.Value, g.Key.Month!.Value, g.Count()))
            .ToListAsync(cancellationToken);

    public static async Task<ArticleDetails?> ArticleAsync(PortalDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var article = await Visibility.Articles(db).Where(a => a.Id == id).Select(a => new
        {
            a.Id, a.Headline, a.Lead, a.Year, a.Month, a.Day, a.DatePrecision, a.DateEvidence, a.PublishedAt, a.DatelineText, a.DatelinePlace, a.Body, a.Subheadings,
            a.EndMarker, a.Author, a.Pair, a.PairEvidence, a.MeetingType, a.SeeAlso, a.Warnings, a.Date,
            Images = a.Images.OrderBy(i => i.Position).Select(i => new ImageView(i.Caption, i.Credit)).ToList(),
            Officials = a.Officials.OrderBy(o => o.Position).Select(o => new ArticleOfficialView(o.OfficialId, o.Official!.Name, o.CountryCode ?? o.Official.CountryCode, o.Title, o.Official.LatinName)).ToList(),
            Related = a.RelatedItems.OrderBy(r => r.Position).Select(r => new RelatedView(r.Caption, r.Headline, r.Summary, r.LinkedArticle != null && !r.LinkedArticle.IsHidden ? r.LinkedArticleId : null)).ToList(),
        })

        // One query per collection, each by the article's key: a single query makes SQLite materialise
        // every article's officials and related items before picking this article's.
        .AsSplitQuery()
        .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        int? previous = null, next = null;
        if (article.Pair is { } pair)
        {
            (previous, next) = await NeighboursAsync(Visibility.Articles(db).Where(a => a.Pair == pair), article.Id, article.Date, cancellationToken);
        }

        return new ArticleDetails(article.Id, article.Headline, article.Lead, article.Year, article.Month, article.Day, article.DatePrecision, article.DateEvidence, article.PublishedAt,
            article.DatelineText, article.DatelinePlace, article.Body, article.Subheadings, article.EndMarker, article.Author, article.Pair, article.PairEvidence, article.MeetingType,
            article.SeeAlso, article.Warnings, article.Images, article.Officials, article.Related, previous, next);
    }

    /// <summary>
    /// The older and the newer article next to one in the newest-first order (date descending, undated last,
    /// id descending), each found by a small indexed query instead of listing the whole pair.
    /// </summary>
    private static async Task<(int? Older, int? Newer)> NeighboursAsync(IQueryable<Article> articles, int id, DateTime? date, CancellationToken cancellationToken)
    {
        int? older, newer;
        if (date is { } d)
        {
            older = await articles.Where(a => a.Date < d || (a.Date == d && a.Id < id)).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
                ?? await articles.Where(a => a.Date == null).OrderByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            newer = await articles.Where(a => a.Date > d || (a.Date == d && a.Id > id)).OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        }
        else
        {
            older = await articles.Where(a => a.Date == null && a.Id < id).OrderByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            newer = await articles.Where(a => a.Date == null && a.Id > id).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
                ?? await articles.Where(a => a.Date != null).OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return (older, newer);
    }

    public static async Task<PairDetails?> PairAsync(PortalDbContext db, string pair, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = Visibility.Articles(db).Where(a => a.Pair == pair);
        var count = await articles.CountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

        var types = await articles.Where(a => a.MeetingType != null).GroupBy(a => a.MeetingType!).OrderByDescending(g => g.Count()).Select(g => new CountValue(g.Key, g.Count())).ToListAsync(cancellationToken);
        var latest = await ArticleQueries.Summaries(ArticleFilters.NewestFirst(db, articles).Take(20)).ToListAsync(cancellationToken);
        // The pair's officials from the links' own (Pair, OfficialId) index.
        var officials = await TopOfficialsOfLinksAsync(db, Visibility.OfficialLinks(db).Where(o => o.Pair == pair), 40, cancellationToken);
        return new PairDetails(pair, count, await TimelineAsync(articles, cancellationToken), types, officials, latest);
    }

    public static async Task<List<OfficialSummary>> OfficialsAsync(PortalDbContext db, string? nameFilter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var officials = Visibility.Officials(db);
        var links = Visibility.OfficialLinks(db);
        if (!string.IsNullOrWhiteSpace(nameFilter))
        {
            var term = nameFilter.Trim();
            officials = officials.Where(o => o.Name.Contains(term) || o.Aliases.Any(a => a.Alias.Contains(term)));
        }

        return await officials
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.LatinName, Articles = links.Count(l => l.OfficialId == o.Id) })
            .OrderBy(o => o.CountryCode).ThenByDescending(o => o.Articles).ThenBy(o => o.Name)
            .Select(o => new OfficialSummary(o.Id, o.Name, o.CountryCode, o.LatinName, o.Articles))
            .ToListAsync(cancellationToken);
    }

    public static async Task<OfficialDetails?> OfficialAsync(PortalDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var official = await Visibility.Officials(db).Where(o => o.Id == id)
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.LatinName, o.VietnameseName, Aliases = o.Aliases.Select(a => a.Alias).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (official is null)
        {
            return null;
        }

        // One read of the official's links (which carry their article's date) serves the titles, the timeline and
        // the list, from one index.
        var links = await Visibility.OfficialLinks(db)
            .Where(l => l.OfficialId == id)
            .Select(l => new { l.ArticleId, l.Title, l.Date, l.Year, l.Month })
            .ToListAsync(cancellationToken);
        var titles = links.Where(l => l.Title != null)
            .GroupBy(l => l.Title!)
            .Select(g => new TitleSpan(g.Key, g.Min(l => l.Date), g.Max(l => l.Date), g.Count()))
            .OrderBy(t => t.First ?? DateTime.MaxValue)
            .ToList();
        var timeline = links.Where(l => l.Year != null && l.Month != null)
            .GroupBy(l => (Year: l.Year!.Value, Month: l.Month!.Value))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count()))
            .ToList();

        // The order of ArticleFilters.NewestFirst: by date, undated last, then by id.
        var newestFirst = links.OrderBy(l => l.Date is null).ThenByDescending(l => l.Date).ThenByDescending(l => l.ArticleId).Select(l => l.ArticleId).ToList();
        var counterparts = await MeetingQueries.CounterpartsAsync(db, id, official.CountryCode, 30, cancellationToken);
        return new OfficialDetails(official.Id, official.Name, official.CountryCode, official.LatinName, official.VietnameseName, official.Aliases,
            titles, counterparts, timeline, newestFirst);
    }

    /// <summary>Counts per year (null year = unknown), per month of a year, or per day of a month.</summary>
    public static async Task<List<CountValue>> ArchiveAsync(PortalDbContext db, int? year, int? month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = Visibility.Articles(db);
        List<(int? Key, int Count)> rows;
        if (year is null)
        {
            rows = (await articles.GroupBy(a => a.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(r => (r.Key, r.Count)).ToList();
        }
        else if (month is null)
        {
            rows = (await articles.Where(a => a.Year == year).GroupBy(a => a.Month).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(r => (r.Key, r.Count)).ToList();
        }
        else
        {
            rows = (await articles.Where(a => a.Year == year && a.Month == month).GroupBy(a => a.Day).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(r => (r.Key, r.Count)).ToList();
        }

        return rows.OrderBy(r => r.Key ?? int.MaxValue)
            .Select(r => new CountValue(r.Key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, r.Count))
            .ToList();
    }

    public static async Task<(List<PairSummary> Pairs, List<OfficialSummary> Officials)> CountryAsync(PortalDbContext db, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pairs = (await PairsAsync(db, cancellationToken)).Where(p => p.Pair.Split('-').Contains(code)).ToList();
        var links = Visibility.OfficialLinks(db);
        var officials = await Visibility.Officials(db).Where(o => o.CountryCode == code)
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.LatinName, Articles = links.Count(l => l.OfficialId == o.Id) })
            .OrderByDescending(o => o.Articles)
            .Select(o => new OfficialSummary(o.Id, o.Name, o.CountryCode, o.LatinName, o.Articles))
            .ToListAsync(cancellationToken);
        return (pairs, officials);
    }
}

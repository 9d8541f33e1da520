using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>The filters of the agreements list: the articles' pair, partner and dates, the document's kind and words of its title.</summary>
public sealed record AgreementFilter
{
    public string? Pair { get; init; }

    public string? Country { get; init; }

    public int? Year { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>agreement, memorandum, joint-statement, plan, treaty or other.</summary>
    public string? Kind { get; init; }

    /// <summary>Words the title contains.</summary>
    public string? Query { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = ArticleFilter.DefaultPageSize;

    /// <summary>The article filter the agreement's reports must pass.</summary>
    public ArticleFilter Articles => new() { Pair = Pair, Country = Country, Year = Year, From = From, To = To };
}

/// <summary>
/// A document signed, as one entry however many articles report it: the reports of one pair on one date whose titles
/// have the same key. <see cref="Id"/> is the first report's row; <see cref="MeetingId"/> the meeting any of the
/// reporting articles belongs to.
/// </summary>
public sealed record AgreementSummary(
    int Id,
    string Title,
    string Kind,
    string? Pair,
    int? Year,
    int? Month,
    int? Day,
    string DatePrecision,
    IReadOnlyList<string> Parties,
    string Evidence,
    IReadOnlyList<int> ArticleIds,
    int? MeetingId);

/// <summary>One page of agreements, with the counts by kind, year and pair under the other filters.</summary>
public sealed record AgreementPage(
    IReadOnlyList<AgreementSummary> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<FacetValue> Pairs)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The agreements dataset: documents reported signed in visible articles, grouped into one entry per signing.</summary>
public static class AgreementQueries
{
    /// <summary>
    /// The document reports of visible articles under a filter. The rows carry their article's pair and date, so the
    /// articles are not read; hidden articles are few and left out by id.
    /// </summary>
    private static IQueryable<AgreementReport> Reports(PortalDbContext db, AgreementFilter filter)
    {
        var hidden = Visibility.HiddenIds(db);
        var documents = DatedPairFilter.Apply(db.ArticleDocuments.AsNoTracking(), filter.Articles).Where(d => !hidden.Contains(d.ArticleId));
        if (filter.Country is { } country)
        {
            var first = country + "-";
            var second = "-" + country;
            documents = documents.Where(d => d.Pair!.StartsWith(first) || d.Pair!.EndsWith(second));
        }

        if (filter.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var words = filter.Query.Trim();
            documents = documents.Where(d => d.Title.Contains(words));
        }

        return documents.Select(d => new AgreementReport
        {
            Id = d.Id,
            ArticleId = d.ArticleId,
            TitleKey = d.TitleKey,
            Kind = d.Kind,
            Pair = d.Pair,
            Year = d.Year,
            Month = d.Month,
            Day = d.Day,
            Date = d.Date,
            Split = d.Day == null || d.Pair == null ? d.ArticleId : 0,
        });
    }

    /// <summary>The signings under a filter, newest first, as first-report ids: the query behind the list (its plan is tested).</summary>
    internal static IQueryable<int> NewestSignings(PortalDbContext db, AgreementFilter filter) =>
        Signings(Reports(db, filter)).OrderByDescending(s => s.Date == null ? 0 : 1).ThenByDescending(s => s.Date).ThenByDescending(s => s.FirstId).Select(s => s.FirstId);

    /// <summary>One page of agreements, newest first, with facets when asked.</summary>
    public static async Task<AgreementPage> PageAsync(PortalDbContext db, AgreementFilter filter, bool withFacets = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, ArticleFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var signings = Signings(Reports(db, filter));
        var total = await signings.CountAsync(cancellationToken);
        var firsts = await NewestSignings(db, filter).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = await SummariesAsync(db, firsts, cancellationToken);
        if (!withFacets)
        {
            return new AgreementPage(items, total, page, pageSize, [], [], []);
        }

        return new AgreementPage(
            items, total, page, pageSize,
            await FacetAsync(Signings(Reports(db, filter with { Kind = null })), s => s.Kind, cancellationToken),
            await FacetAsync(Signings(Reports(db, filter with { Year = null })), s => s.Year, cancellationToken),
            await FacetAsync(Signings(Reports(db, filter with { Pair = null })), s => s.Pair, cancellationToken));
    }

    /// <summary>Every agreement under the filter, newest first, for the exports: read a page at a time.</summary>
    public static async IAsyncEnumerable<AgreementSummary> AllAsync(PortalDbContext db, AgreementFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var firsts = await NewestSignings(db, filter).ToListAsync(cancellationToken);
        foreach (var chunk in firsts.Chunk(ArticleFilter.MaxPageSize))
        {
            foreach (var agreement in await SummariesAsync(db, [.. chunk], cancellationToken))
            {
                yield return agreement;
            }
        }
    }

    /// <summary>The agreements reported in one article, for its page (each with the other articles that report it).</summary>
    public static Task<List<AgreementSummary>> OfArticleAsync(PortalDbContext db, int articleId, CancellationToken cancellationToken = default) =>
        OfArticlesAsync(db, [articleId], cancellationToken);

    /// <summary>The agreements reported in any of the given articles (a meeting's reports), oldest report first.</summary>
    public static async Task<List<AgreementSummary>> OfArticlesAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = await db.ArticleDocuments.AsNoTracking().Where(d => articleIds.Contains(d.ArticleId))
            .Select(d => new { d.ArticleId, d.TitleKey, d.Pair, d.Year, d.Month, d.Day }).ToListAsync(cancellationToken);
        if (own.Count == 0)
        {
            return [];
        }

        var keys = own.Select(d => d.TitleKey).Distinct().ToList();
        var pairs = own.Select(d => d.Pair).Distinct().ToList();
        var candidates = await Reports(db, new AgreementFilter()).Where(r => keys.Contains(r.TitleKey) && pairs.Contains(r.Pair)).ToListAsync(cancellationToken);
        var firsts = candidates
            .Where(r => own.Any(o => o.TitleKey == r.TitleKey && o.Pair == r.Pair && o.Year == r.Year && o.Month == r.Month && o.Day == r.Day && (r.Split == 0 || r.ArticleId == o.ArticleId)))
            .GroupBy(r => (r.Pair, r.Year, r.Month, r.Day, r.TitleKey, r.Split))
            .Select(g => g.Min(r => r.Id)).Order().ToList();
        return await SummariesAsync(db, firsts, cancellationToken);
    }

    /// <summary>
    /// Reports grouped into signings: one pair, one day, one title key. A report whose day or pair is unknown is a
    /// signing of its own (<see cref="AgreementReport.Split"/>): two undated joint statements of a pair are not one.
    /// </summary>
    private static IQueryable<Signing> Signings(IQueryable<AgreementReport> reports) =>
        // A title key gives one kind (the kind is read from the title), so grouping by it too changes nothing but lets it be read.
        reports.GroupBy(r => new { r.Pair, r.Year, r.Month, r.Day, r.TitleKey, r.Kind, r.Split })
            .Select(g => new Signing
            {
                FirstId = g.Min(r => r.Id),
                Kind = g.Key.Kind,
                Pair = g.Key.Pair,
                Year = g.Key.Year,
                Date = g.Max(r => r.Date),
            });

    /// <summary>How many signings have each value of a field; signings without one are left out.</summary>
    private static async Task<List<FacetValue>> FacetAsync<TKey>(IQueryable<Signing> signings, System.Linq.Expressions.Expression<Func<Signing, TKey>> key, CancellationToken cancellationToken)
    {
        var groups = await signings.Select(key).GroupBy(v => v).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return groups.Where(g => g.Key is not null)
            .Select(g => new FacetValue(Convert.ToString(g.Key, System.Globalization.CultureInfo.InvariantCulture)!, g.Count))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>The agreements whose first reports are <paramref name="firstIds"/>, in that order, each with all its reports.</summary>
    private static async Task<List<AgreementSummary>> SummariesAsync(PortalDbContext db, List<int> firstIds, CancellationToken cancellationToken)
    {
        if (firstIds.Count == 0)
        {
            return [];
        }

        var firsts = await db.ArticleDocuments.AsNoTracking().Where(d => firstIds.Contains(d.Id))
            .Join(db.Articles, d => d.ArticleId, a => a.Id, (d, a) => new { Document = d, d.Pair, d.Year, d.Month, d.Day, a.DatePrecision })
            .ToDictionaryAsync(x => x.Document.Id, cancellationToken);
        var keys = firsts.Values.Select(f => f.Document.TitleKey).Distinct().ToList();
        var pairs = firsts.Values.Select(f => f.Pair).Distinct().ToList();
        var reports = await Reports(db, new AgreementFilter()).Where(r => keys.Contains(r.TitleKey) && pairs.Contains(r.Pair)).ToListAsync(cancellationToken);
        var articleIds = reports.Select(r => r.ArticleId).Distinct().ToList();
        var meetings = await db.MeetingArticles.AsNoTracking().Where(m => articleIds.Contains(m.ArticleId))
            .Select(m => new { m.ArticleId, m.MeetingId }).ToListAsync(cancellationToken);
        return firstIds.Where(firsts.ContainsKey).Select(id =>
        {
            var first = firsts[id];
            var alone = first.Day is null || first.Pair is null;
            var same = reports.Where(r => r.TitleKey == first.Document.TitleKey && r.Pair == first.Pair && r.Year == first.Year && r.Month == first.Month && r.Day == first.Day
                    && (!alone || r.ArticleId == first.Document.ArticleId))
                .Select(r => r.ArticleId).Distinct().Order().ToList();
            var meeting = meetings.Where(m => same.Contains(m.ArticleId)).Select(m => (int?)m.MeetingId).Min();
            var parties = first.Document.Parties?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
            return new AgreementSummary(id, first.Document.Title, first.Document.Kind, first.Pair, first.Year, first.Month, first.Day, first.DatePrecision, parties, first.Document.Evidence, same, meeting);
        }).ToList();
    }

    /// <summary>A document report with its article's grouping fields.</summary>
    private sealed class AgreementReport
    {
        public int Id { get; init; }

        public int ArticleId { get; init; }

        public string TitleKey { get; init; } = string.Empty;

        public string Kind { get; init; } = string.Empty;

        public string? Pair { get; init; }

        public int? Year { get; init; }

        public int? Month { get; init; }

        public int? Day { get; init; }

        public DateTime? Date { get; init; }

        /// <summary>The article's id when the report's day or pair is unknown (it is then grouped alone), else 0.</summary>
        public int Split { get; init; }
    }

    /// <summary>The reports of one signing, grouped.</summary>
    private sealed class Signing
    {
        public int FirstId { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string? Pair { get; init; }

        public int? Year { get; init; }

        public DateTime? Date { get; init; }
    }
}

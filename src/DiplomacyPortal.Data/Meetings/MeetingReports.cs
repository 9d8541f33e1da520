using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Meetings;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Meetings;

internal static class MeetingReports
{
    /// <summary>How much of the body is read for the venue: the first paragraph or two, where VNA says who visited whom.</summary>
    private const int OpeningLength = 400;

    /// <summary>
    /// The reports among <paramref name="articleIds"/>: visible articles with a pair and a meeting type. The
    /// participants are the officials of the pair's two countries named in the headline or lead; a side
    /// named only in the body is represented by its first-named official.
    /// </summary>
    public static async Task<List<MeetingReport>> OfAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        // Only the ids in SQL, the rest checked in From: given IsHidden or MeetingType too, SQLite may walk one of
        // those columns' indexes over the whole store instead of looking the few ids up.
        var facts = await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id))
            .Select(a => new ArticleFacts(
                a.Id, a.Pair, a.MeetingType, a.Year, a.Month, a.Day, a.DatePrecision, a.Date, a.DatelinePlace, a.DatelineBureau,
                $"{a.Headline}\n{a.Lead}\n{a.Body.Substring(0, OpeningLength)}",
                a.IsHidden,
                new List<NamedOfficial>()))
            .ToListAsync(cancellationToken);
        var officials = await OfficialsOfAsync(db, articleIds, cancellationToken);
        return From(facts.Select(a => a with { Officials = officials[a.Id].ToList() }));
    }

    /// <summary>The official links of stored articles as reports read them, in the order the text names them.</summary>
    private static async Task<ILookup<int, NamedOfficial>> OfficialsOfAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken) =>
        (await db.ArticleOfficials.AsNoTracking()
            .Where(o => articleIds.Contains(o.ArticleId))
            .OrderBy(o => o.ArticleId).ThenBy(o => o.Position)
            .Select(o => new { o.ArticleId, Facts = new NamedOfficial(o.OfficialId, o.CountryCode ?? o.Official!.CountryCode, o.Title, o.IsProminent) })
            .ToListAsync(cancellationToken)).ToLookup(o => o.ArticleId, o => o.Facts);

    /// <summary>The reports among articles held in memory with their officials (a bulk import's new articles), with no query.</summary>
    public static List<MeetingReport> Of(IEnumerable<Article> articles) =>
        From(articles.Select(a => new ArticleFacts(
            a.Id, a.Pair, a.MeetingType, a.Year, a.Month, a.Day, a.DatePrecision, a.Date, a.DatelinePlace, a.DatelineBureau,
            $"{a.Headline}\n{a.Lead}\n{(a.Body.Length > OpeningLength ? a.Body[..OpeningLength] : a.Body)}",
            a.IsHidden,
            a.Officials.OrderBy(o => o.Position).Select(o => new NamedOfficial(o.OfficialId, o.CountryCode ?? o.Official?.CountryCode, o.Title, o.IsProminent)).ToList())));

    /// <summary>What a report is read from: an article's fields, the opening of its text, and its officials in order.</summary>
    private sealed record ArticleFacts(
        int Id, string? Pair, string? MeetingType, int? Year, int? Month, int? Day, string DatePrecision, DateTime? Date,
        string? DatelinePlace, string? DatelineBureau, string Opening, bool IsHidden, List<NamedOfficial> Officials);

    private static List<MeetingReport> From(IEnumerable<ArticleFacts> articles) =>
        articles.Where(a => !a.IsHidden && a.Pair is not null && a.MeetingType is not null).OrderBy(a => a.Id).Select(a =>
        {
            var venue = MeetingVenueFinder.Default.Find(MeetingReport.ParsePair(a.Pair!), a.MeetingType!, a.Opening, a.DatelinePlace, a.DatelineBureau);
            return new MeetingReport(a.Id, a.Pair!, a.MeetingType!, a.Year, a.Month, a.Day, a.DatePrecision, a.Date, venue, MeetingRules.ParticipantsOf(a.Pair!, a.Officials));
        }).ToList();

    /// <summary>The row that places a report in a meeting, carrying the report (see <see cref="MeetingArticle"/>).</summary>
    public static MeetingArticle LinkOf(int meetingId, MeetingReport report) => Keep(new MeetingArticle { MeetingId = meetingId, ArticleId = report.ArticleId }, report);

    /// <summary>Writes a report onto its link row.</summary>
    public static MeetingArticle Keep(MeetingArticle link, MeetingReport report)
    {
        (link.Type, link.Year, link.Month, link.Day, link.DatePrecision, link.Date) = (report.Type, report.Year, report.Month, report.Day, report.DatePrecision, report.Date);
        (link.Place, link.HostCountry) = (report.Venue.Place, report.Venue.Host);
        return link;
    }

    /// <summary>
    /// The reports of stored meetings, by meeting: read from their link rows and the articles' official links, so
    /// no article text is read (reading each report's body back was a sixth of an import of 100,000 articles).
    /// </summary>
    public static async Task<ILookup<int, MeetingReport>> OfMeetingsAsync(PortalDbContext db, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken)
    {
        var links = await db.MeetingArticles.AsNoTracking()
            .Where(l => meetingIds.Contains(l.MeetingId))
            .Join(db.Meetings, l => l.MeetingId, m => m.Id, (l, m) => new { Link = l, m.Pair })
            .ToListAsync(cancellationToken);
        var officials = await OfficialsOfAsync(db, links.Select(l => l.Link.ArticleId).ToList(), cancellationToken);
        return links.OrderBy(l => l.Link.ArticleId).ToLookup(l => l.Link.MeetingId, l => new MeetingReport(
            l.Link.ArticleId, l.Pair, l.Link.Type!, l.Link.Year, l.Link.Month, l.Link.Day, l.Link.DatePrecision!, l.Link.Date,
            new MeetingVenue(l.Link.Place, l.Link.HostCountry, null), MeetingRules.ParticipantsOf(l.Pair, officials[l.Link.ArticleId])));
    }
}

using DiplomacyPortal.Core.Extraction;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Meetings;

/// <summary>An official as a report of a meeting names them.</summary>
internal sealed record ReportedParticipant(int OfficialId, string? CountryCode, string? Title);

/// <summary>What one article says about the meeting it reports.</summary>
internal sealed record MeetingReport(
    int ArticleId,
    string Pair,
    string Type,
    int? Year,
    int? Month,
    int? Day,
    string DatePrecision,
    DateTime? Date,
    MeetingVenue Venue,
    IReadOnlyList<ReportedParticipant> Participants)
{
    /// <summary>The pair as a value.</summary>
    public CountryPair CountryPair => ParsePair(Pair);

    /// <summary>A stored pair is always canonical, so it always parses.</summary>
    public static CountryPair ParsePair(string pair) => CountryPair.TryParse(pair, out var parsed) ? parsed : throw new InvalidOperationException($"Stored pair '{pair}' is not a pair.");
}

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
        // Only the ids in SQL, the rest checked here: given IsHidden or MeetingType too, SQLite may walk one of
        // those columns' indexes over the whole store instead of looking the few ids up.
        var rows = (await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id))
            .Select(a => new
            {
                a.Id, a.Pair, a.MeetingType, a.Year, a.Month, a.Day, a.DatePrecision, a.Date, a.DatelinePlace, a.DatelineBureau, a.Headline, a.Lead,
                Opening = a.Body.Substring(0, OpeningLength),
                a.IsHidden,
                Officials = a.Officials.OrderBy(o => o.Position).Select(o => new { o.OfficialId, CountryCode = o.CountryCode ?? o.Official!.CountryCode, o.Title, o.IsProminent }).ToList(),
            })
            .ToListAsync(cancellationToken))
            .Where(a => !a.IsHidden && a.Pair is not null && a.MeetingType is not null)
            .OrderBy(a => a.Id);

        return rows.Select(r =>
        {
            var sides = r.Pair!.Split('-');
            var participants = sides.SelectMany(side =>
            {
                var ofSide = r.Officials.Where(o => o.CountryCode == side).ToList();
                var prominent = ofSide.Where(o => o.IsProminent).ToList();
                return (prominent.Count > 0 ? prominent : ofSide.Take(1)).Select(o => new ReportedParticipant(o.OfficialId, o.CountryCode, o.Title));
            }).ToList();
            var venue = MeetingVenueFinder.Default.Find(MeetingReport.ParsePair(r.Pair), r.MeetingType, $"{r.Headline}\n{r.Lead}\n{r.Opening}", r.DatelinePlace, r.DatelineBureau);
            return new MeetingReport(r.Id, r.Pair, r.MeetingType!, r.Year, r.Month, r.Day, r.DatePrecision, r.Date, venue, participants);
        }).ToList();
    }
}

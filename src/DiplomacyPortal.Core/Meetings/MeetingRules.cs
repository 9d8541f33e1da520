using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Meetings;

/// <summary>
/// What makes several articles reports of one meeting, and what the meeting is then. News counts are not event counts:
/// articles of the same pair, a day apart at most, of the same type or naming one of the same participants, report one
/// meeting.
/// </summary>
public static class MeetingRules
{
    /// <summary>How far apart two reports of one meeting may be dated (a visit reported on its first and second day).</summary>
    public const int AdjacentDays = 1;

    /// <summary>Whether two reports are of one meeting: same pair, a day apart at most, same type or a participant in common.</summary>
    public static bool SameMeeting(MeetingReport a, MeetingReport b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Pair != b.Pair)
        {
            return false;
        }

        var close = (a.Date, b.Date) switch
        {
            ({ } x, { } y) => Math.Abs((x - y).TotalDays) <= AdjacentDays,
            (null, null) => a.Month is not null && a.Day is not null && (a.Year, a.Month, a.Day) == (b.Year, b.Month, b.Day),
            _ => false,
        };
        return close && (a.Type == b.Type || a.Participants.Any(p => b.Participants.Any(q => q.OfficialId == p.OfficialId)));
    }

    /// <summary>
    /// The officials of each side of the pair that a report counts as taking part: those the headline or lead names, or
    /// else the first one the article names.
    /// </summary>
    public static List<ReportedParticipant> ParticipantsOf(string pair, IEnumerable<NamedOfficial> officials)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var named = officials.ToList();
        return pair.Split('-').SelectMany(side =>
        {
            var ofSide = named.Where(o => o.CountryCode == side).ToList();
            var prominent = ofSide.Where(o => o.IsProminent).ToList();
            return (prominent.Count > 0 ? prominent : ofSide.Take(1)).Select(o => new ReportedParticipant(o.OfficialId, o.CountryCode, o.Title));
        }).ToList();
    }

    /// <summary>
    /// A meeting's fields from its reports: the most precise date (among equals, the earliest report's), the most
    /// frequent type (among equals, the earliest report's), the first place and host the texts name (a host only for
    /// meetings in person), everyone named once, with a title where any report gives one.
    /// </summary>
    public static DerivedMeeting Derive(IReadOnlyList<MeetingReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("A meeting has at least one report.", nameof(reports));
        }

        var dated = reports.OrderBy(r => r.Date is null ? 1 : 0).ThenBy(r => r.Date).ThenBy(r => r.Year is null && r.Month is not null ? 0 : 1).ThenBy(r => r.ArticleId).First();
        var type = reports.GroupBy(r => r.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(r => r.ArticleId)).First().Key;
        var host = MeetingVenueFinder.InPersonTypes.Contains(type) ? reports.Select(r => r.Venue.Host).FirstOrDefault(h => h is not null) : null;
        var participants = reports.OrderBy(r => r.ArticleId).SelectMany(r => r.Participants)
            .GroupBy(p => p.OfficialId)
            .Select(g => g.OrderBy(p => p.Title is null ? 1 : 0).First())
            .ToList();
        return new DerivedMeeting(
            dated.Year, dated.Month, dated.Day, dated.DatePrecision, dated.Date, type,
            reports.Select(r => r.Venue.Place).FirstOrDefault(p => p is not null),
            host,
            host is null ? null : reports[0].CountryPair.Other(host),
            reports.Count,
            participants);
    }
}

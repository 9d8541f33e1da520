using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Meetings;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Meetings;

/// <summary>
/// Keeps the meetings dataset in step with the articles, by the rules of <see cref="MeetingRules"/>. Called in the transaction that changes the articles (import, reparse, correction, hiding), so
/// the dataset never disagrees with them.
/// </summary>
internal static class MeetingLinker
{
    /// <summary>
    /// Places <paramref name="articleIds"/> in meetings again, after they were added, changed, hidden or restored.
    /// Only stored meetings that gain or lose a report are read back, so a batch costs a few queries.
    /// </summary>
    public static async Task UpdateAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return;
        }

        var affected = (await db.MeetingArticles.Where(m => articleIds.Contains(m.ArticleId)).Select(m => m.MeetingId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        await db.MeetingArticles.Where(m => articleIds.Contains(m.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        await PlaceAsync(db, await MeetingReports.OfAsync(db, articleIds, cancellationToken), affected, cancellationToken);
    }

    /// <summary>
    /// Places a bulk import's new articles, written in this transaction and held in memory with their officials:
    /// they report no meeting yet, and their reports are read from the entities rather than queried back.
    /// </summary>
    public static Task AddNewAsync(PortalDbContext db, IReadOnlyCollection<Article> articles, CancellationToken cancellationToken) =>
        PlaceAsync(db, MeetingReports.Of(articles), [], cancellationToken);

    /// <summary>
    /// Puts each report in a meeting: one of this batch's new meetings, a stored one, or a new one. New meetings
    /// are built in memory and written by prepared statements (a bulk import creates thousands); stored
    /// meetings that gained or lost a report (<paramref name="affected"/>) are derived again.
    /// </summary>
    private static async Task PlaceAsync(PortalDbContext db, List<MeetingReport> reports, HashSet<int> affected, CancellationToken cancellationToken)
    {
        var stored = (await StoredCandidatesAsync(db, reports, cancellationToken)).ToLookup(m => m.AsReport.Pair);
        var created = new List<(Meeting Meeting, List<MeetingReport> Reports)>();
        var createdByPair = new Dictionary<string, List<(Meeting Meeting, List<MeetingReport> Reports)>>();
        using var links = new RowInserter<MeetingArticle>(db);
        foreach (var report in reports)
        {
            var samePair = createdByPair.TryGetValue(report.Pair, out var list) ? list : createdByPair[report.Pair] = [];
            if (samePair.FirstOrDefault(c => c.Reports.Any(other => MeetingRules.SameMeeting(other, report))) is { Meeting: not null } sibling)
            {
                sibling.Reports.Add(report);
            }
            else if (Match(stored[report.Pair], report) is { } storedId)
            {
                await links.InsertAsync(MeetingReports.LinkOf(storedId, report), cancellationToken);
                affected.Add(storedId);
            }
            else
            {
                var meeting = (new Meeting { Pair = report.Pair, Type = report.Type, DatePrecision = report.DatePrecision }, new List<MeetingReport> { report });
                created.Add(meeting);
                samePair.Add(meeting);
            }
        }

        // New meetings go in by prepared statements: a bulk import creates thousands.
        using (var meetings = new RowInserter<Meeting>(db))
        using (var participants = new RowInserter<MeetingParticipant>(db))
        {
            foreach (var (meeting, itsReports) in created)
            {
                Derive(meeting, itsReports);
                await meetings.InsertAsync(meeting, cancellationToken);
                await links.InsertAllAsync(itsReports.Select(r => MeetingReports.LinkOf(meeting.Id, r)), cancellationToken);
                meeting.Participants.ForEach(p => p.MeetingId = meeting.Id);
                await participants.InsertAllAsync(meeting.Participants, cancellationToken);
            }
        }

        await RefreshAsync(db, [.. affected], cancellationToken);
    }

    /// <summary>Builds the whole dataset again from the articles (a store from before meetings existed).</summary>
    public static async Task RebuildAllAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.Meetings.ExecuteDeleteAsync(cancellationToken);
        var ids = await Visibility.ReportingMeetings(db.Articles).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(500))
        {
            await UpdateAsync(db, chunk, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Keeps each report on its link where a store from before reports were kept there lacks it (once, at start-up):
    /// the reports are read from the articles' text as when they were placed. A link whose article reports no
    /// meeting any more is removed and its meeting derived again.
    /// </summary>
    public static async Task KeepStoredReportsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var emptied = new HashSet<int>();
        while (true)
        {
            var links = await db.MeetingArticles.Where(l => l.Type == null).OrderBy(l => l.ArticleId).Take(500).ToListAsync(cancellationToken);
            if (links.Count == 0)
            {
                break;
            }

            var reports = (await MeetingReports.OfAsync(db, links.Select(l => l.ArticleId).ToList(), cancellationToken)).ToDictionary(r => r.ArticleId);
            foreach (var link in links)
            {
                if (reports.TryGetValue(link.ArticleId, out var report))
                {
                    MeetingReports.Keep(link, report);
                }
                else
                {
                    db.MeetingArticles.Remove(link);
                    emptied.Add(link.MeetingId);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await RefreshAsync(db, [.. emptied], cancellationToken);
    }

    /// <summary>A stored meeting as a candidate for a report: its own fields as a report would give them.</summary>
    private sealed record StoredMeeting(int Id, MeetingReport AsReport);

    /// <summary>
    /// The stored meetings the batch's reports could belong to: those of a report's pair within a day of its date,
    /// or on the same month and day when the year is unknown, each found by a seek of a prepared statement on the
    /// (Pair, Date) index; then their participants in one query. <see cref="MeetingRules.SameMeeting"/> decides among them.
    /// </summary>
    private static async Task<List<StoredMeeting>> StoredCandidatesAsync(PortalDbContext db, List<MeetingReport> reports, CancellationToken cancellationToken)
    {
        var meetings = new Dictionary<int, MeetingReport>();
        using (var lookup = new MeetingLookup(db))
        {
            foreach (var report in reports.DistinctBy(r => (r.Pair, r.Date, r.Month, r.Day)))
            {
                var found = report.Date is { } date
                    ? await lookup.DatedAsync(report.Pair, date.AddDays(-MeetingRules.AdjacentDays), date.AddDays(MeetingRules.AdjacentDays), cancellationToken)
                    : report is { Month: { } month, Day: { } day } ? await lookup.UndatedAsync(report.Pair, month, day, cancellationToken)
                    : [];
                foreach (var (id, meeting) in found)
                {
                    meetings.TryAdd(id, meeting);
                }
            }
        }

        var ids = meetings.Keys.ToList();
        var participants = (await db.MeetingParticipants.AsNoTracking().Where(p => ids.Contains(p.MeetingId)).Select(p => new { p.MeetingId, p.OfficialId }).ToListAsync(cancellationToken))
            .ToLookup(p => p.MeetingId, p => new ReportedParticipant(p.OfficialId, null, null));
        return meetings.Select(m => new StoredMeeting(m.Key, m.Value with { Participants = participants[m.Key].ToList() })).OrderBy(m => m.Id).ToList();
    }

    /// <summary>
    /// The stored meeting a report belongs to, one of the same type first, among the candidates of its pair: a batch's
    /// candidates are a few for each of its reports, and testing every report against all of them grew with the square
    /// of the batch.
    /// </summary>
    private static int? Match(IEnumerable<StoredMeeting> stored, MeetingReport report) =>
        stored.Where(m => MeetingRules.SameMeeting(m.AsReport, report)).OrderBy(m => m.AsReport.Type == report.Type ? 0 : 1).ThenBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefault();

    /// <summary>
    /// Derives stored meetings' fields again from the reports kept on their links, in three queries for all of
    /// them, and writes them (<see cref="StoredMeetingWriter"/>); deletes the meetings no article reports any more.
    /// </summary>
    private static async Task RefreshAsync(PortalDbContext db, List<int> meetingIds, CancellationToken cancellationToken)
    {
        if (meetingIds.Count == 0)
        {
            return;
        }

        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Participants).Where(m => meetingIds.Contains(m.Id)).ToListAsync(cancellationToken);
        var reportsOf = await MeetingReports.OfMeetingsAsync(db, meetingIds, cancellationToken);
        using var writer = new StoredMeetingWriter(db);
        foreach (var meeting in meetings)
        {
            var own = reportsOf[meeting.Id].ToList();
            if (own.Count == 0)
            {
                await writer.DeleteAsync(meeting.Id, cancellationToken);
                continue;
            }

            var stored = StoredMeetingWriter.Snapshot(meeting);
            Derive(meeting, own);
            await writer.UpdateAsync(meeting, stored, cancellationToken);
        }
    }

    /// <summary>Writes onto a meeting the fields its reports give it together (<see cref="MeetingRules.Derive"/>), keeping the participant rows that stay.</summary>
    private static void Derive(Meeting meeting, List<MeetingReport> reports)
    {
        var derived = MeetingRules.Derive(reports);
        (meeting.Year, meeting.Month, meeting.Day, meeting.DatePrecision, meeting.Date) = (derived.Year, derived.Month, derived.Day, derived.DatePrecision, derived.Date);
        (meeting.Type, meeting.Place, meeting.HostCountry, meeting.VisitorCountry) = (derived.Type, derived.Place, derived.HostCountry, derived.VisitorCountry);
        meeting.ArticleCount = derived.ArticleCount;
        meeting.Participants.RemoveAll(p => derived.Participants.All(x => x.OfficialId != p.OfficialId));
        foreach (var participant in derived.Participants)
        {
            var existing = meeting.Participants.FirstOrDefault(p => p.OfficialId == participant.OfficialId);
            if (existing is null)
            {
                meeting.Participants.Add(new MeetingParticipant { OfficialId = participant.OfficialId, CountryCode = participant.CountryCode, Title = participant.Title });
            }
            else
            {
                (existing.CountryCode, existing.Title) = (participant.CountryCode, participant.Title);
            }
        }
    }
}

using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Meetings;

/// <summary>
/// Keeps the meetings dataset in step with the articles. News counts are not event counts: articles of the
/// same pair, a day apart at most, of the same type or naming one of the same participants, report one
/// meeting. Called in the transaction that changes the articles (import, reparse, correction, hiding), so
/// the dataset never disagrees with them.
/// </summary>
internal static class MeetingLinker
{
    /// <summary>How far apart two reports of one meeting may be dated (a visit reported on its first and second day).</summary>
    private const int AdjacentDays = 1;

    /// <summary>Places <paramref name="articleIds"/> in meetings again, after they were added, changed, hidden or restored.</summary>
    public static async Task UpdateAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return;
        }

        var affected = await db.MeetingArticles.Where(m => articleIds.Contains(m.ArticleId)).Select(m => m.MeetingId).Distinct().ToListAsync(cancellationToken);
        await db.MeetingArticles.Where(m => articleIds.Contains(m.ArticleId)).ExecuteDeleteAsync(cancellationToken);

        foreach (var report in await MeetingReports.OfAsync(db, db.Articles.Where(a => articleIds.Contains(a.Id)), cancellationToken))
        {
            var meetingId = await FindMeetingAsync(db, report, cancellationToken) ?? await CreateMeetingAsync(db, report, cancellationToken);
            db.MeetingArticles.Add(new MeetingArticle { MeetingId = meetingId, ArticleId = report.ArticleId });
            await db.SaveChangesAsync(cancellationToken);

            // Refreshed at once, so that the next article of the same batch sees this one's participants.
            await RefreshAsync(db, meetingId, cancellationToken);
            affected.Remove(meetingId);
        }

        foreach (var meetingId in affected)
        {
            await RefreshAsync(db, meetingId, cancellationToken);
        }
    }

    /// <summary>Builds the whole dataset again from the articles (a store from before meetings existed).</summary>
    public static async Task RebuildAllAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.Meetings.ExecuteDeleteAsync(cancellationToken);
        var ids = await db.Articles.Where(a => a.Pair != null && a.MeetingType != null && !a.IsHidden).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(500))
        {
            await UpdateAsync(db, chunk, cancellationToken);
        }
    }

    private static async Task<int?> FindMeetingAsync(PortalDbContext db, MeetingReport report, CancellationToken cancellationToken)
    {
        var meetings = db.Meetings.Where(m => m.Pair == report.Pair);
        if (report.Date is { } date)
        {
            var (from, to) = (date.AddDays(-AdjacentDays), date.AddDays(AdjacentDays));
            meetings = meetings.Where(m => m.Date >= from && m.Date <= to);
        }
        else if (report.Month is not null && report.Day is not null)
        {
            meetings = meetings.Where(m => m.Date == null && m.Month == report.Month && m.Day == report.Day && m.Year == report.Year);
        }
        else
        {
            return null; // without a day, two reports cannot be told to be of one meeting
        }

        var participantIds = report.Participants.Select(p => p.OfficialId).ToList();
        var type = report.Type;
        return await meetings
            .Where(m => m.Type == type || m.Participants.Any(p => participantIds.Contains(p.OfficialId)))
            .OrderBy(m => m.Type == type ? 0 : 1).ThenBy(m => m.Id)
            .Select(m => (int?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<int> CreateMeetingAsync(PortalDbContext db, MeetingReport report, CancellationToken cancellationToken)
    {
        var meeting = new Meeting { Pair = report.Pair, Type = report.Type, DatePrecision = report.DatePrecision };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }

    /// <summary>Derives a meeting's fields from the articles that report it; deletes a meeting no article reports any more.</summary>
    private static async Task RefreshAsync(PortalDbContext db, int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Participants).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return;
        }

        var reportIds = db.MeetingArticles.Where(m => m.MeetingId == meetingId).Select(m => m.ArticleId);
        var reports = await MeetingReports.OfAsync(db, db.Articles.Where(a => reportIds.Contains(a.Id)), cancellationToken);
        if (reports.Count == 0)
        {
            db.Meetings.Remove(meeting);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        // The most precise date wins; among equals, the earliest report's.
        var dated = reports.OrderBy(r => r.Date is null ? 1 : 0).ThenBy(r => r.Date).ThenBy(r => r.Year is null && r.Month is not null ? 0 : 1).ThenBy(r => r.ArticleId).First();
        (meeting.Year, meeting.Month, meeting.Day, meeting.DatePrecision, meeting.Date) = (dated.Year, dated.Month, dated.Day, dated.DatePrecision, dated.Date);
        meeting.Type = reports.GroupBy(r => r.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(r => r.ArticleId)).First().Key;
        meeting.Place = reports.Select(r => r.Venue.Place).FirstOrDefault(p => p is not null);
        meeting.HostCountry = MeetingVenueFinder.InPersonTypes.Contains(meeting.Type) ? reports.Select(r => r.Venue.Host).FirstOrDefault(h => h is not null) : null;
        meeting.VisitorCountry = meeting.HostCountry is { } host ? reports[0].CountryPair.Other(host) : null;
        meeting.ArticleCount = reports.Count;

        var participants = reports.OrderBy(r => r.ArticleId).SelectMany(r => r.Participants)
            .GroupBy(p => p.OfficialId)
            .Select(g => g.OrderBy(p => p.Title is null ? 1 : 0).First())
            .ToList();
        db.MeetingParticipants.RemoveRange(meeting.Participants.Where(p => participants.All(x => x.OfficialId != p.OfficialId)));
        foreach (var participant in participants)
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

        await db.SaveChangesAsync(cancellationToken);
    }
}

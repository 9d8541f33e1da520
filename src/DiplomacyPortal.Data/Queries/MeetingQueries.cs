using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Search;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>An official at a meeting, with the title as an article wrote it.</summary>
public sealed record MeetingParticipantView(int OfficialId, string Name, string? CountryCode, string? Title)
{
    /// <summary>The name in Latin letters as the English pages show it: a Vietnamese name with its diacritics, others by their Latin name; null when only the Chinese is known.</summary>
    public string? RomanName { get; init; }
}

/// <summary>A row of the meetings dataset: who met whom, when, where, and the articles that report it.</summary>
public sealed record MeetingSummary(
    int Id,
    string Pair,
    string Type,
    int? Year,
    int? Month,
    int? Day,
    string DatePrecision,
    string? Place,
    string? HostCountry,
    string? VisitorCountry,
    IReadOnlyList<MeetingParticipantView> Participants,
    IReadOnlyList<int> ArticleIds);

/// <summary>One page of meetings.</summary>
public sealed record MeetingPage(IReadOnlyList<MeetingSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The read queries of the meetings dataset, with the Articles page's filters.</summary>
public static class MeetingQueries
{
    /// <summary>
    /// Meetings under an article filter: pair, partner country, official (a participant), dates, type; a
    /// text query keeps the meetings with at least one matching article.
    /// </summary>
    public static IQueryable<Meeting> Filter(PortalDbContext db, ArticleFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var meetings = DatedPairFilter.Apply(db.Meetings.AsNoTracking(), filter);
        if (filter.Country is { } country)
        {
            var first = country + "-";
            var second = "-" + country;
            meetings = meetings.Where(m => m.Pair.StartsWith(first) || m.Pair.EndsWith(second));
        }

        if (filter.OfficialId is { } officialId)
        {
            var attended = db.MeetingParticipants.Where(p => p.OfficialId == officialId).Select(p => p.MeetingId);
            meetings = meetings.Where(m => attended.Contains(m.Id));
        }

        if (filter.Type is { } type)
        {
            meetings = meetings.Where(m => m.Type == type);
        }

        if (SearchIndex.Matches(db, filter.Query) is { } matches)
        {
            var reported = db.MeetingArticles.Where(a => matches.Contains(a.ArticleId)).Select(a => a.MeetingId);
            meetings = meetings.Where(m => reported.Contains(m.Id));
        }

        return meetings;
    }

    /// <summary>Newest first, undated last, as the articles list orders.</summary>
    public static IOrderedQueryable<Meeting> NewestFirst(PortalDbContext db, IQueryable<Meeting> meetings) =>
        StoreDialect.For(db).NewestFirst(meetings);

    /// <summary>Projects to the dataset's row shape (three queries whatever the page size: meetings, participants, articles).</summary>
    public static IQueryable<MeetingSummary> Summaries(IQueryable<Meeting> meetings) =>
        meetings.Select(m => new MeetingSummary(
            m.Id, m.Pair, m.Type, m.Year, m.Month, m.Day, m.DatePrecision, m.Place, m.HostCountry, m.VisitorCountry,
            m.Participants.OrderBy(p => p.CountryCode).ThenBy(p => p.OfficialId).Select(p => new MeetingParticipantView(p.OfficialId, p.Official!.Name, p.CountryCode, p.Title) { RomanName = p.Official.VietnameseName ?? p.Official.LatinName }).ToList(),
            m.Articles.OrderBy(a => a.ArticleId).Select(a => a.ArticleId).ToList()));

    public static async Task<MeetingPage> PageAsync(PortalDbContext db, ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, ArticleFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var meetings = Filter(db, filter);
        var total = await meetings.CountAsync(cancellationToken);
        var items = await Summaries(NewestFirst(db, meetings).Skip((page - 1) * pageSize).Take(pageSize)).AsSplitQuery().ToListAsync(cancellationToken);
        return new MeetingPage(items, total, page, pageSize);
    }

    public static async Task<MeetingSummary?> MeetingAsync(PortalDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Summaries(db.Meetings.AsNoTracking().Where(m => m.Id == id)).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The officials of other countries than <paramref name="ownCountry"/> an official met, with how many meetings.</summary>
    public static async Task<List<Counterpart>> CounterpartsAsync(PortalDbContext db, int officialId, string? ownCountry, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Counted by id and country first (the participants' keys answer that), then only the top ones named.
        var meetingIds = db.MeetingParticipants.Where(p => p.OfficialId == officialId).Select(p => p.MeetingId);
        var top = await db.MeetingParticipants.AsNoTracking()
            .Where(p => meetingIds.Contains(p.MeetingId) && p.OfficialId != officialId && p.CountryCode != ownCountry)
            .GroupBy(p => new { p.OfficialId, p.CountryCode })
            .Select(g => new { g.Key.OfficialId, g.Key.CountryCode, Meetings = g.Count() })
            .OrderByDescending(g => g.Meetings).ThenBy(g => g.OfficialId).Take(take)
            .ToListAsync(cancellationToken);
        var names = await OfficialQueries.NamesAsync(db, top.Select(t => t.OfficialId).ToList(), cancellationToken);
        return top.Select(t => new Counterpart(t.OfficialId, names[t.OfficialId].Name, t.CountryCode, t.Meetings) { RomanName = names[t.OfficialId].RomanName }).ToList();
    }
}

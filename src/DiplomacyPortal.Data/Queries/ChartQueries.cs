using System.Linq.Expressions;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>A count in one year of one series: a meeting type, or a pair.</summary>
public sealed record SeriesYearCount(string Series, int Year, int Count);

/// <summary>The numbers behind the charts: meetings per year by type or by pair, and an official's articles per month.</summary>
public static class ChartQueries
{
    // Heads of party, state, government and parliament as VNA titles them (越南国家主席, 中共中央总书记, 老挝国会主席 …).
    private static readonly string[] LeaderTitles = ["总书记", "国家主席", "国会主席", "总统", "总理", "首相", "国王", "委员长", "议长"];

    // A deputy (副总理) or a minister in a leader's office (总理府部长) is not a leader.
    private static readonly string[] NotLeaderTitles = ["副", "部长"];

    /// <summary>Dated meetings of a pair per year and type, in one query.</summary>
    public static async Task<List<SeriesYearCount>> PairMeetingsByTypeAsync(PortalDbContext db, string pair, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Meetings.AsNoTracking().Where(m => m.Pair == pair && m.Year != null)
            .GroupBy(m => new { m.Type, m.Year })
            .Select(g => new SeriesYearCount(g.Key.Type, g.Key.Year!.Value, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Dated meetings of each pair per year, in one query; with <paramref name="topLevelVisitsOnly"/> only the
    /// top-level visits: meetings of type visit at which a head of party, state, government or parliament took part.
    /// </summary>
    public static async Task<List<SeriesYearCount>> MeetingsByPairAsync(PortalDbContext db, IReadOnlyCollection<string> pairs, bool topLevelVisitsOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var meetings = db.Meetings.AsNoTracking().Where(m => pairs.Contains(m.Pair) && m.Year != null);
        if (topLevelVisitsOnly)
        {
            var leaders = db.MeetingParticipants.Where(LeaderTitle()).Select(p => p.MeetingId);
            meetings = meetings.Where(m => m.Type == "visit" && leaders.Contains(m.Id));
        }

        return await meetings.GroupBy(m => new { m.Pair, m.Year })
            .Select(g => new SeriesYearCount(g.Key.Pair, g.Key.Year!.Value, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>An official's visible articles per month (articles of unknown year or month left out), in one query.</summary>
    public static async Task<List<MonthCount>> OfficialTimelineAsync(PortalDbContext db, int officialId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Visibility.OfficialLinks(db).Where(l => l.OfficialId == officialId && l.Year != null && l.Month != null)
            .GroupBy(l => new { l.Year, l.Month })
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new MonthCount(g.Key.Year!.Value, g.Key.Month!.Value, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>p.Title contains a leader's title and no deputy's word, as SQL both databases run (LIKE / strpos).</summary>
    private static Expression<Func<MeetingParticipant, bool>> LeaderTitle()
    {
        var participant = Expression.Parameter(typeof(MeetingParticipant), "p");
        var title = Expression.Property(participant, nameof(MeetingParticipant.Title));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression Has(string word) => Expression.Call(title, contains, Expression.Constant(word));
        var leader = LeaderTitles.Select(Has).Aggregate(Expression.OrElse);
        var notLeader = NotLeaderTitles.Select(Has).Aggregate(Expression.OrElse);
        var body = Expression.AndAlso(Expression.NotEqual(title, Expression.Constant(null, typeof(string))), Expression.AndAlso(leader, Expression.Not(notLeader)));
        return Expression.Lambda<Func<MeetingParticipant, bool>>(body, participant);
    }
}

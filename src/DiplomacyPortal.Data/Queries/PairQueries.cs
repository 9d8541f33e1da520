using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

public sealed record PairSummary(string Pair, int Count, DateTime? First, DateTime? Last);

public sealed record PairDetails(string Pair, int Count, IReadOnlyList<MonthCount> Timeline, IReadOnlyList<CountValue> MeetingTypes, IReadOnlyList<OfficialSummary> Officials, IReadOnlyList<ArticleSummary> Latest);

/// <summary>The pairs list and a pair's page.</summary>
public static class PairQueries
{
    public static async Task<List<PairSummary>> PairsAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Visibility.Articles(db).Where(a => a.Pair != null).GroupBy(a => a.Pair!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new PairSummary(g.Key, g.Count(), g.Min(a => a.Date), g.Max(a => a.Date)))
            .ToListAsync(cancellationToken);
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
        var officials = await OfficialQueries.TopOfficialsOfLinksAsync(db, Visibility.OfficialLinks(db).Where(o => o.Pair == pair), 40, cancellationToken);
        return new PairDetails(pair, count, await CountQueries.TimelineAsync(articles, cancellationToken), types, officials, latest);
    }
}

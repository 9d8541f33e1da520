using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

public sealed record HomeView(IReadOnlyList<ArticleSummary> Latest, IReadOnlyList<PairSummary> Pairs, IReadOnlyList<OfficialSummary> Officials, IReadOnlyList<MonthCount> Timeline, int Total);

/// <summary>The home page: the latest articles, the busiest pairs and officials, the timeline and the total.</summary>
public static class HomeQueries
{
    public static async Task<HomeView> HomeAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await ArticleQueries.Summaries(ArticleFilters.NewestFirst(db, Visibility.Articles(db)).Take(10)).ToListAsync(cancellationToken);
        var pairs = (await PairQueries.PairsAsync(db, cancellationToken)).Take(10).ToList();
        var officials = await OfficialQueries.TopOfficialsOverallAsync(db, 10, cancellationToken);
        var timeline = await CountQueries.TimelineAsync(Visibility.Articles(db), cancellationToken);
        return new HomeView(latest, pairs, officials, timeline, await Visibility.Articles(db).CountAsync(cancellationToken));
    }
}

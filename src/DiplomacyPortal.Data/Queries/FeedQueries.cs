using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>An article as a feed entry shows it.</summary>
public sealed record FeedEntry(int Id, string? Headline, string? Lead, string? Pair, DateTime UpdatedAt, DateTime? PublishedAt);

/// <summary>The newest visible articles under a filter, for the Atom feeds.</summary>
public static class FeedQueries
{
    public static Task<List<FeedEntry>> NewestAsync(PortalDbContext db, ArticleFilter filter, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var filtered = ArticleFilters.Apply(db, db.Articles.AsNoTracking(), filter, Search.SearchIndex.Matches(db, filter.Query));
        return ArticleFilters.NewestFirst(db, filtered).Take(take)
            .Select(a => new FeedEntry(a.Id, a.Headline, a.Lead, a.Pair, a.UpdatedAt, a.PublishedAt))
            .ToListAsync(cancellationToken);
    }
}

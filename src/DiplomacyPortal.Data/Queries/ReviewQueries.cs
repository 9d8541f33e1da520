using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>Why an article waits for a human.</summary>
[Flags]
public enum ReviewReason
{
    None = 0,
    Warnings = 1,
    UnknownYear = 2,
    NoPair = 4,
    OfficialWithoutCountry = 8,
}

/// <summary>An article in the review queue and why it is there.</summary>
public sealed record ReviewItem(int Id, string? Headline, string? Pair, int? Year, int? Month, int? Day, string DatePrecision, ReviewReason Reasons, string? Warnings);

/// <summary>A received file that could not be read, kept for a retry.</summary>
public sealed record FailedFile(int Id, string FileName, long Size, DateTime ReceivedAt, string ReceivedBy, string? Error);

/// <summary>The editors' queues: articles that need a human, and files that failed to import.</summary>
public static class ReviewQueries
{
    /// <summary>Visible articles that need a look, newest received first; <paramref name="only"/> narrows to one reason.</summary>
    public static async Task<(List<ReviewItem> Items, int Total)> QueueAsync(PortalDbContext db, ReviewReason only, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = db.Articles.AsNoTracking().Where(Visibility.Shown);
        articles = only switch
        {
            ReviewReason.Warnings => articles.Where(a => a.Warnings != null),
            ReviewReason.UnknownYear => articles.Where(a => a.Year == null),
            ReviewReason.NoPair => articles.Where(a => a.Pair == null),
            ReviewReason.OfficialWithoutCountry => articles.Where(a => a.Officials.Any(o => o.CountryCode == null && o.Official!.CountryCode == null)),
            _ => articles.Where(a => a.Warnings != null || a.Year == null || a.Pair == null || a.Officials.Any(o => o.CountryCode == null && o.Official!.CountryCode == null)),
        };

        var total = await articles.CountAsync(cancellationToken);
        var rows = await articles.OrderByDescending(a => a.Id).Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize)
            .Select(a => new
            {
                a.Id, a.Headline, a.Pair, a.Year, a.Month, a.Day, a.DatePrecision, a.Warnings,
                Stateless = a.Officials.Any(o => o.CountryCode == null && o.Official!.CountryCode == null),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ReviewItem(r.Id, r.Headline, r.Pair, r.Year, r.Month, r.Day, r.DatePrecision,
            (r.Warnings != null ? ReviewReason.Warnings : 0) | (r.Year == null ? ReviewReason.UnknownYear : 0) | (r.Pair == null ? ReviewReason.NoPair : 0) | (r.Stateless ? ReviewReason.OfficialWithoutCountry : 0),
            r.Warnings)).ToList();
        return (items, total);
    }

    /// <summary>Files whose import failed, newest first.</summary>
    public static Task<List<FailedFile>> FailedFilesAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SourceFiles.AsNoTracking().Where(f => f.Status == SourceFileStatus.Failed).OrderByDescending(f => f.Id)
            .Select(f => new FailedFile(f.Id, f.FileName, f.Size, f.ReceivedAt, f.ReceivedBy, f.Error))
            .Take(500)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Articles editors hid, newest first, so that an admin can find and restore them.</summary>
    public static Task<List<ArticleSummary>> HiddenAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ArticleQueries.Summaries(db.Articles.AsNoTracking().Where(Visibility.Hidden).OrderByDescending(a => a.UpdatedAt)).Take(200).ToListAsync(cancellationToken);
    }

    /// <summary>The raw file an article was parsed from, for download.</summary>
    public static Task<SourceFile?> OriginalOfAsync(PortalDbContext db, int articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.SourceFile).SingleOrDefaultAsync(cancellationToken);
    }
}

using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>The last fetch of a page already in the store: when, its validators, and the article it gave.</summary>
public sealed record StoredPage(DateTime FetchedAt, string? ETag, DateTime? LastModified, int? ArticleId);

/// <summary>Looks pages up by address among the raw files fetched from the web.</summary>
public static class StoredPages
{
    /// <summary>
    /// The latest fetch of the page at <paramref name="url"/>: a file fetched from that address, or whose page names it as
    /// its canonical one; null when no fetched file has it.
    /// </summary>
    public static async Task<StoredPage?> LatestAsync(PortalDbContext db, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(url);
        var address = url.ToString();
        var files = db.SourceFiles.AsNoTracking().Where(f => f.FetchedFrom == address || f.CanonicalUrl == address);
        var latest = await files.OrderByDescending(f => f.Id).Select(f => new { FetchedAt = f.FetchedAt!.Value, f.ETag, f.LastModified }).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        // The article is the one the page's current version gave: a later version that failed, or that turned out to
        // be another article's text, does not move the page to another article.
        var articleId = await files.Where(f => f.Status == SourceFileStatus.Imported).OrderByDescending(f => f.Id).Select(f => f.ArticleId).FirstOrDefaultAsync(cancellationToken);
        return new StoredPage(latest.FetchedAt, latest.ETag, latest.LastModified, articleId);
    }

    /// <summary>
    /// Notes that the page at <paramref name="url"/> was fetched again and found as stored (a 304, or the same bytes), so
    /// that a listing's change date earlier than now does not have it asked for again at every poll.
    /// </summary>
    public static async Task ConfirmUnchangedAsync(PortalDbContext db, Uri url, DateTime at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(url);
        var address = url.ToString();
        var latest = await db.SourceFiles.Where(f => f.FetchedFrom == address || f.CanonicalUrl == address).OrderByDescending(f => f.Id).Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest is { } id)
        {
            await db.SourceFiles.Where(f => f.Id == id).ExecuteUpdateAsync(f => f.SetProperty(x => x.FetchedAt, at), cancellationToken);
        }
    }

    /// <summary>The origin to keep with a page just fetched.</summary>
    public static PageOrigin OriginOf(FetchResult fetched, DateTime fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        return new PageOrigin(
            fetched.Url.ToString(), fetched.FinalUrl.ToString(), CanonicalAddress.Of(fetched.Content!, fetched.ContentType, fetched.FinalUrl).ToString(),
            fetched.Status, fetchedAt, fetched.ETag, fetched.LastModified?.UtcDateTime);
    }
}

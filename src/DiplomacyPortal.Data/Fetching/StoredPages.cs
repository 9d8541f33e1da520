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
        return await db.SourceFiles.AsNoTracking()
            .Where(f => f.FetchedFrom == address || f.CanonicalUrl == address)
            .OrderByDescending(f => f.Id)
            .Select(f => new StoredPage(f.FetchedAt!.Value, f.ETag, f.LastModified, f.ArticleId))
            .FirstOrDefaultAsync(cancellationToken);
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

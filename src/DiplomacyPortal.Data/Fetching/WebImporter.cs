using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>What a crawl of one feed or sitemap did, and the listing's validators for the next conditional request.</summary>
public sealed record CrawlRun(Uri Source, string Kind, IReadOnlyList<ImportResult> Results, string? Error, bool NotModified = false, string? ETag = null, DateTimeOffset? LastModified = null);

/// <summary>
/// Article pages from the web into the store, through the one ingestion path: each page is fetched politely
/// (<see cref="PoliteFetcher"/>) and imported as a raw file named by its final URL, kept with where it came from and
/// its validators (<see cref="PageOrigin"/>). A page already stored is asked for conditionally, and one a feed or
/// sitemap lists as not changed since it was fetched is not asked for at all. Every request is logged in the store
/// (<see cref="WebFetch"/>).
/// </summary>
public sealed class WebImporter(PoliteFetcher fetcher, ArticleIngestor ingestor, IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>Sitemaps of an index followed at most, so that a mistaken index cannot send the crawler everywhere.</summary>
    public const int MaxSitemaps = 50;

    /// <summary>Fetch log rows kept; older ones are removed as new ones come.</summary>
    public const int FetchLogLength = 5_000;

    /// <summary>Fetches one article page a person asked for and imports it; a stored page is asked for conditionally.</summary>
    public Task<ImportResult> ImportPageAsync(Uri url, string receivedBy, CancellationToken cancellationToken = default) =>
        ImportListedAsync(new ListedPage(url, null), receivedBy, null, trustListing: false, cancellationToken);

    /// <summary>
    /// Fetches an article page an editor gave for the upload preview, without importing it: the page with its origin,
    /// or why it could not be fetched.
    /// </summary>
    public async Task<(IncomingFile? File, string? Error)> FetchForPreviewAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fetched = await fetcher.FetchAsync(url, null, cancellationToken);
        await LogAsync(null, fetched, fetched.Succeeded ? "fetched for preview" : "failed", fetched.Error, null, cancellationToken);
        return fetched.Succeeded
            ? (new IncomingFile(fetched.FinalUrl.ToString(), fetched.Content!, StoredPages.OriginOf(fetched, clock.GetUtcNow().UtcDateTime)), null)
            : (null, fetched.Error);
    }

    /// <summary>The most addresses an editor may paste for one preview; each is a fetch of a site that asks for politeness.</summary>
    public const int MaxPreviewAddresses = 20;

    /// <summary>
    /// Fetches the article pages an editor pasted, one address a line (blank lines and repeats left out), for the
    /// upload preview: the pages fetched, and each address refused with the reason — not an http(s) address, the
    /// fetch failed, or past the first <see cref="MaxPreviewAddresses"/>. Nothing is imported.
    /// </summary>
    public async Task<(List<IncomingFile> Fetched, List<RefusedFile> Refused)> FetchPastedForPreviewAsync(string? pasted, CancellationToken cancellationToken = default)
    {
        // One more than the limit is read, to say that there were more; the rest of a long paste is not looked at.
        var lines = (pasted ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).Take(MaxPreviewAddresses + 1).ToList();
        var fetched = new List<IncomingFile>();
        var refused = new List<RefusedFile>();
        foreach (var (line, index) in lines.Select((line, index) => (line, index)))
        {
            if (index >= MaxPreviewAddresses)
            {
                refused.Add(new RefusedFile(line, $"At most {MaxPreviewAddresses} addresses at a time: this one and any after it were not fetched."));
            }
            else if (!Uri.TryCreate(line, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                refused.Add(new RefusedFile(line, "Not an http or https address."));
            }
            else
            {
                var (file, error) = await FetchForPreviewAsync(url, cancellationToken);
                if (file is not null)
                {
                    fetched.Add(file);
                }
                else
                {
                    refused.Add(new RefusedFile(line, error!));
                }
            }
        }

        return (fetched, refused);
    }

    /// <summary>Reads a feed or sitemap (an index's sitemaps too), then fetches and imports every page it lists that is new or changed.</summary>
    public Task<CrawlRun> CrawlOnceAsync(Uri source, string receivedBy, CancellationToken cancellationToken = default) =>
        CrawlAsync(source, null, null, receivedBy, cancellationToken);

    /// <summary>A crawl of a stored source: its listing asked for with its validators, its fetches logged under it.</summary>
    public Task<CrawlRun> CrawlAsync(WebSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var validators = ValidatorsOf(source.ETag, source.LastModified);
        return CrawlAsync(new Uri(source.Url), validators, source.Id, "poller", cancellationToken);
    }

    private async Task<CrawlRun> CrawlAsync(Uri source, Validators? validators, int? sourceId, string receivedBy, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(source, validators, cancellationToken);
        if (fetched.NotModified)
        {
            await LogAsync(sourceId, fetched, "not-modified", null, null, cancellationToken);
            return new CrawlRun(source, "unchanged", [], null, NotModified: true, validators?.ETag, validators?.LastModified);
        }

        if (!fetched.Succeeded)
        {
            await LogAsync(sourceId, fetched, "failed", fetched.Error, null, cancellationToken);
            return new CrawlRun(source, "unknown", [], fetched.Error);
        }

        var listing = WebSourceReader.Read(fetched.Content!, fetched.FinalUrl);
        await LogAsync(sourceId, fetched, listing.Error is null ? "listed" : "failed", listing.Error ?? $"{listing.Pages.Count} pages, {listing.Sitemaps.Count} sitemaps", null, cancellationToken);
        if (listing.Error is not null)
        {
            return new CrawlRun(source, listing.Kind, [], listing.Error);
        }

        var pages = listing.Pages.ToList();
        foreach (var sitemap in listing.Sitemaps.Take(MaxSitemaps))
        {
            var child = await fetcher.FetchAsync(sitemap, null, cancellationToken);
            await LogAsync(sourceId, child, child.Succeeded ? "listed" : "failed", child.Error, null, cancellationToken);
            if (child.Succeeded)
            {
                pages.AddRange(WebSourceReader.Read(child.Content!, child.FinalUrl).Pages);
            }
        }

        var results = new List<ImportResult>();
        foreach (var page in pages.DistinctBy(p => p.Url))
        {
            results.Add(await ImportListedAsync(page, receivedBy, sourceId, trustListing: true, cancellationToken));
        }

        return new CrawlRun(source, listing.Kind, results, null, ETag: fetched.ETag, LastModified: fetched.LastModified);
    }

    /// <summary>
    /// Imports one page. With <paramref name="trustListing"/>, a stored page the listing does not say changed since its
    /// fetch is not asked for; otherwise a stored page is asked for with its validators, and a 304 stores nothing.
    /// </summary>
    private async Task<ImportResult> ImportListedAsync(ListedPage page, string receivedBy, int? sourceId, bool trustListing, CancellationToken cancellationToken)
    {
        StoredPage? stored;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            stored = await StoredPages.LatestAsync(db, page.Url, cancellationToken);
        }

        var name = page.Url.ToString();
        if (trustListing && stored is not null && (page.Changed is null || page.Changed.Value.UtcDateTime <= stored.FetchedAt))
        {
            return new ImportResult(name, ImportOutcome.Unchanged, stored.ArticleId, null, null, null, []);
        }

        var fetched = await fetcher.FetchAsync(page.Url, stored is null ? null : ValidatorsOf(stored.ETag, stored.LastModified), cancellationToken);
        if (fetched.NotModified)
        {
            await ConfirmUnchangedAsync(page.Url, cancellationToken);
            await LogAsync(sourceId, fetched, "not-modified", null, stored?.ArticleId, cancellationToken);
            return new ImportResult(name, ImportOutcome.Unchanged, stored?.ArticleId, null, null, null, []);
        }

        if (!fetched.Succeeded)
        {
            await LogAsync(sourceId, fetched, "failed", fetched.Error, null, cancellationToken);
            return new ImportResult(name, ImportOutcome.Failed, null, null, null, fetched.Error, []);
        }

        // A page that gave an article before and now differs is a new version of that article, not a new article.
        var incoming = new IncomingFile(fetched.FinalUrl.ToString(), fetched.Content!, StoredPages.OriginOf(fetched, clock.GetUtcNow().UtcDateTime));
        var result = stored?.ArticleId is { } articleId
            ? await ingestor.ImportNewVersionAsync(articleId, incoming, receivedBy, cancellationToken)
            : (await ingestor.ImportBatchAsync([incoming], receivedBy, cancellationToken))[0];
        if (result.Outcome == ImportOutcome.Duplicate && stored is not null)
        {
            await ConfirmUnchangedAsync(page.Url, cancellationToken);
        }

        await LogAsync(sourceId, fetched, result.Outcome.ToString().ToLowerInvariant(), result.Reason, result.ArticleId, cancellationToken);
        return result;
    }

    private async Task ConfirmUnchangedAsync(Uri url, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await StoredPages.ConfirmUnchangedAsync(db, url, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>The validators kept for a page or a source, for a conditional request; null when it has none.</summary>
    private static Validators? ValidatorsOf(string? etag, DateTime? lastModified) =>
        etag is null && lastModified is null ? null : new Validators(etag, lastModified is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null);

    private async Task LogAsync(int? sourceId, FetchResult fetched, string outcome, string? message, int? articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.WebFetches.Add(new WebFetch
        {
            WebSourceId = sourceId,
            Url = fetched.Url.ToString(),
            At = clock.GetUtcNow().UtcDateTime,
            HttpStatus = fetched.Status,
            Outcome = outcome,
            Message = message,
            ArticleId = articleId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes the fetch log's rows beyond the latest <see cref="FetchLogLength"/>.</summary>
    public async Task TrimLogAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keepFrom = await db.WebFetches.OrderByDescending(f => f.Id).Skip(FetchLogLength).Select(f => (long?)f.Id).FirstOrDefaultAsync(cancellationToken);
        if (keepFrom is { } cut)
        {
            await db.WebFetches.Where(f => f.Id <= cut).ExecuteDeleteAsync(cancellationToken);
        }
    }
}

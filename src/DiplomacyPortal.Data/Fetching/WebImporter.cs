using DiplomacyPortal.Data.Ingestion;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>What a crawl of one feed or sitemap did.</summary>
public sealed record CrawlRun(Uri Source, string Kind, IReadOnlyList<ImportResult> Results, string? Error);

/// <summary>
/// Article pages from the web into the store, through the one ingestion path: each page is fetched politely
/// (<see cref="PoliteFetcher"/>) and imported as a raw file named by its final URL, so the same page fetched twice is
/// one article and the original address is kept with the file.
/// </summary>
public sealed class WebImporter(PoliteFetcher fetcher, ArticleIngestor ingestor)
{
    /// <summary>Sitemaps of an index followed at most, so that a mistaken index cannot send the crawler everywhere.</summary>
    public const int MaxSitemaps = 50;

    /// <summary>Fetches one article page and imports it; a page that cannot be fetched is a failure with the reason.</summary>
    public async Task<ImportResult> ImportPageAsync(Uri url, string receivedBy, CancellationToken cancellationToken = default)
    {
        var fetched = await fetcher.FetchAsync(url, null, cancellationToken);
        if (!fetched.Succeeded)
        {
            return new ImportResult(url.ToString(), ImportOutcome.Failed, null, null, null, fetched.Error, []);
        }

        return (await ingestor.ImportBatchAsync([new IncomingFile(fetched.FinalUrl.ToString(), fetched.Content!)], receivedBy, cancellationToken))[0];
    }

    /// <summary>Reads a feed or sitemap (an index's sitemaps too), then fetches and imports every page it lists, once each.</summary>
    public async Task<CrawlRun> CrawlOnceAsync(Uri source, string receivedBy, CancellationToken cancellationToken = default)
    {
        var fetched = await fetcher.FetchAsync(source, null, cancellationToken);
        if (!fetched.Succeeded)
        {
            return new CrawlRun(source, "unknown", [], fetched.Error);
        }

        var listing = WebSourceReader.Read(fetched.Content!, fetched.FinalUrl);
        if (listing.Error is not null)
        {
            return new CrawlRun(source, listing.Kind, [], listing.Error);
        }

        var pages = listing.Pages.Select(p => p.Url).ToList();
        foreach (var sitemap in listing.Sitemaps.Take(MaxSitemaps))
        {
            var child = await fetcher.FetchAsync(sitemap, null, cancellationToken);
            if (child.Succeeded)
            {
                pages.AddRange(WebSourceReader.Read(child.Content!, child.FinalUrl).Pages.Select(p => p.Url));
            }
        }

        var results = new List<ImportResult>();
        foreach (var page in pages.Distinct())
        {
            results.Add(await ImportPageAsync(page, receivedBy, cancellationToken));
        }

        return new CrawlRun(source, listing.Kind, results, null);
    }
}

namespace DiplomacyPortal.Data.Fetching;

/// <summary>How the portal fetches from the web (section "Fetching").</summary>
public sealed class FetchOptions
{
    /// <summary>The product token robots.txt groups are matched against, and the start of the User-Agent header.</summary>
    public string UserAgent { get; set; } = "DiplomacyPortal/1.0";

    /// <summary>A page about the crawler or a way to reach its operator, sent in the User-Agent header.</summary>
    public string ContactUrl { get; set; } = string.Empty;

    /// <summary>The least time between two requests to one host; a site's Crawl-delay raises it.</summary>
    public double MinimumDelaySeconds { get; set; } = 2;

    /// <summary>The largest response read, in bytes; a larger one is refused.</summary>
    public long MaxResponseBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Redirects followed for one request.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Time for one attempt; slow servers are retried, then given up.</summary>
    public double AttemptTimeoutSeconds { get; set; } = 20;

    /// <summary>The first retry's delay after a 5xx, 408 or 429 (unless the server's Retry-After says more); later ones grow.</summary>
    public double RetryDelaySeconds { get; set; } = 2;

    /// <summary>
    /// Whether addresses on private, loopback and link-local networks may be fetched. Off: editors type URLs, and the
    /// portal must not become a way into the network it runs on. Tests and local mirrors turn it on.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How often the poller looks for sources that are due.</summary>
    public double PollCheckSeconds { get; set; } = 30;

    /// <summary>How long the poller's lease lasts unless renewed: another process takes the polling over after that if this one died.</summary>
    public double LeaseSeconds { get; set; } = 300;

    /// <summary>The User-Agent header: the product token and, when given, the contact URL.</summary>
    public string UserAgentHeader => ContactUrl.Length > 0 ? $"{UserAgent} (+{ContactUrl})" : UserAgent;
}

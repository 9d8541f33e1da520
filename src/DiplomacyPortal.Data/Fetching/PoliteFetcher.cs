using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>What a fetch gave: the page (or why not), where it ended up after redirects, and its validators for next time.</summary>
public sealed record FetchResult(Uri Url, Uri FinalUrl, int Status, byte[]? Content, string? ContentType, string? ETag, DateTimeOffset? LastModified, string? Error)
{
    /// <summary>The server said the page has not changed since the validators sent (304).</summary>
    public bool NotModified => Status == (int)HttpStatusCode.NotModified;

    public bool Succeeded => Error is null && Content is not null;
}

/// <summary>A page's validators from an earlier fetch, for a conditional GET.</summary>
public sealed record Validators(string? ETag, DateTimeOffset? LastModified);

/// <summary>
/// Fetches pages politely: robots.txt obeyed (fetched once per host and kept), one request at a time per host with at
/// least <see cref="FetchOptions.MinimumDelaySeconds"/> (or the site's Crawl-delay) between them, conditional GETs,
/// redirects followed by hand (each hop checked against robots.txt, at most <see cref="FetchOptions.MaxRedirects"/>),
/// only http and https, only text, HTML and XML, at most <see cref="FetchOptions.MaxResponseBytes"/>. Retries of 5xx,
/// 408 and 429 (honouring Retry-After), timeouts and a circuit breaker per host come from the HTTP client's resilience
/// pipeline (<see cref="FetchingServices"/>); addresses on private networks are refused by its connect step.
/// </summary>
public sealed partial class PoliteFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options, TimeProvider clock, ILogger<PoliteFetcher> logger)
{
    public const string ClientName = "fetcher";

    private static readonly string[] AcceptedTypes = ["text/", "application/xhtml+xml", "application/xml", "application/rss+xml", "application/atom+xml"];

    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Fetches <paramref name="url"/>; with <paramref name="previous"/> validators, an unchanged page answers 304 and no body.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, Validators? previous = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await FetchFollowingAsync(url, previous, cancellationToken);
        Ingestion.IngestionMetrics.Fetched(result.NotModified ? "not-modified" : result.Succeeded ? "ok" : "failed", started);
        return result;
    }

    private async Task<FetchResult> FetchFollowingAsync(Uri url, Validators? previous, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!current.IsAbsoluteUri || current.Scheme is not ("http" or "https"))
            {
                return Failed(url, current, 0, "Only http and https addresses are fetched.");
            }

            var host = _hosts.GetOrAdd(current.Authority, _ => new Host());
            var robots = await RobotsAsync(host, current, cancellationToken);
            if (!robots.Allows(current.PathAndQuery))
            {
                return Failed(url, current, 0, "The site's robots.txt does not allow this address.");
            }

            using var response = await SendPoliteAsync(host, robots, current, hop == 0 ? previous : null, cancellationToken);
            if (response is null)
            {
                return Failed(url, current, 0, "The server could not be reached.");
            }

            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != (int)HttpStatusCode.NotModified && response.Headers.Location is { } location)
            {
                if (hop >= options.Value.MaxRedirects)
                {
                    return Failed(url, current, status, $"More than {options.Value.MaxRedirects} redirects.");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            var result = await ReadAsync(url, current, response, cancellationToken);
            LogFetched(logger, url, status, result.Error ?? (result.NotModified ? "not modified" : "ok"));
            return result;
        }
    }

    private async Task<HttpResponseMessage?> SendPoliteAsync(Host host, RobotsRules robots, Uri url, Validators? previous, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.Value.UserAgentHeader);
        if (previous?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (previous?.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        await host.Gate.WaitAsync(cancellationToken);
        try
        {
            var delay = TimeSpan.FromSeconds(Math.Max(options.Value.MinimumDelaySeconds, robots.CrawlDelay?.TotalSeconds ?? 0));
            var wait = host.LastRequest + delay - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }

            try
            {
                return await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                LogUnreachable(logger, url, e.Message);
                return null;
            }
            finally
            {
                host.LastRequest = clock.GetUtcNow();
            }
        }
        finally
        {
            host.Gate.Release();
        }
    }

    private async Task<FetchResult> ReadAsync(Uri url, Uri finalUrl, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        var modified = response.Content.Headers.LastModified;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(url, finalUrl, status, null, null, etag, modified, null);
        }

        if (!response.IsSuccessStatusCode)
        {
            return Failed(url, finalUrl, status, $"The server answered {status} {response.ReasonPhrase}.");
        }

        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (!AcceptedTypes.Any(accepted => type.StartsWith(accepted, StringComparison.OrdinalIgnoreCase)))
        {
            return Failed(url, finalUrl, status, $"The page is {(type.Length == 0 ? "of no stated type" : type)}, not text, HTML or XML.");
        }

        var limit = options.Value.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            return Failed(url, finalUrl, status, $"The page is larger than {limit / (1024 * 1024)} MB.");
        }

        // The body has a time of its own: the resilience pipeline's timeouts end when the headers arrive.
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        reading.CancelAfter(TimeSpan.FromSeconds(options.Value.AttemptTimeoutSeconds * 3));
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(reading.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, reading.Token)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return Failed(url, finalUrl, status, $"The page is larger than {limit / (1024 * 1024)} MB.");
                }

                buffer.Write(chunk, 0, read);
            }

            return new FetchResult(url, finalUrl, status, buffer.ToArray(), type, etag, modified, null);
        }
        catch (Exception e) when ((e is OperationCanceledException && !cancellationToken.IsCancellationRequested) || e is IOException or HttpRequestException)
        {
            return Failed(url, finalUrl, status, "The page was not sent whole in time.");
        }
    }

    /// <summary>A host's robots.txt, fetched once: a 4xx allows everything, a 5xx or no answer disallows everything for now.</summary>
    private async Task<RobotsRules> RobotsAsync(Host host, Uri url, CancellationToken cancellationToken)
    {
        if (host.Robots is { } known)
        {
            return known;
        }

        var robotsUrl = new Uri(url, "/robots.txt");
        using var response = await SendPoliteAsync(host, RobotsRules.AllowAll, robotsUrl, null, cancellationToken);
        RobotsRules rules;
        if (response is null || (int)response.StatusCode >= 500)
        {
            return RobotsRules.DisallowAll;
        }

        if (response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            rules = RobotsRules.Parse(text.Length > 500_000 ? text[..500_000] : text, options.Value.UserAgent);
        }
        else
        {
            rules = RobotsRules.AllowAll;
        }

        host.Robots = rules;
        return rules;
    }

    private FetchResult Failed(Uri url, Uri finalUrl, int status, string error)
    {
        LogFetched(logger, url, status, error);
        return new FetchResult(url, finalUrl, status, null, null, null, null, error);
    }

    /// <summary>What the fetcher knows of one host: its robots.txt, and when it was last asked for something.</summary>
    private sealed class Host
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset LastRequest { get; set; } = DateTimeOffset.MinValue;

        public RobotsRules? Robots { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetch {Url}: {Status} {Outcome}")]
    private static partial void LogFetched(ILogger logger, Uri url, int status, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch {Url}: unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, Uri url, string reason);
}

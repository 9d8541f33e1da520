using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>
/// Polls the web sources that are due, in the process that holds the "web-sources" lease (<see cref="ServiceLeases"/>),
/// so that of several portals sharing a store one polls at a time. A source is claimed (made due again after its
/// interval) before its crawl, so a crawl that outlasts the lease is not repeated beside it by the next holder. Each
/// source's poll is reported to <see cref="BackgroundJobs"/>: one that keeps failing turns the health check Degraded.
/// </summary>
public sealed partial class WebSourcePoller(
    WebImporter web,
    IDbContextFactory<PortalDbContext> contexts,
    ServiceLeases leases,
    BackgroundJobs jobs,
    IOptions<FetchOptions> options,
    TimeProvider clock,
    ILogger<WebSourcePoller> logger) : BackgroundService
{
    public const string LeaseName = "web-sources";

    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>The job name a source's polls are reported under.</summary>
    public static string JobOf(int sourceId) => $"web source {sourceId}";

    /// <summary>Asks for a look at the due sources now (an editor pressed "poll now").</summary>
    public void PollSoon()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A look is already asked for: one is enough.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var check = TimeSpan.FromSeconds(options.Value.PollCheckSeconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await PollDueAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The store unreachable, say: the next check tries again; the service must not stop.
                    LogPollFailed(logger, e);
                }

                await _wake.WaitAsync(check, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, CancellationToken.None);
        }
    }

    /// <summary>Polls every source that is due, if this process holds the lease; how many were polled.</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken = default)
    {
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var polled = 0;
        await ForgetPausedAsync(cancellationToken);
        while (await leases.TryTakeAsync(LeaseName, lease, cancellationToken) && await ClaimNextDueAsync(cancellationToken) is { } source)
        {
            try
            {
                await PollAsync(source, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // One source's failure (a store write timing out, a reading error) is that source's, not the poller's.
                await RecordAsync(source, new CrawlRun(new Uri(source.Url), "unknown", [], e.Message), cancellationToken);
            }

            polled++;
        }

        if (polled > 0)
        {
            await web.TrimLogAsync(cancellationToken);
        }

        return polled;
    }

    /// <summary>
    /// The next due source, made due again only after its interval before it is crawled: a crawl that outlasts the lease
    /// (another process takes it over) does not have that process crawl the same source beside it. Never-polled and
    /// "poll now" sources (no time) come first on both engines.
    /// </summary>
    private async Task<WebSource?> ClaimNextDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.WebSources
            .Where(s => !s.IsPaused && (s.NextPollAt == null || s.NextPollAt <= now))
            .OrderBy(s => s.NextPollAt != null).ThenBy(s => s.NextPollAt).ThenBy(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (source is not null)
        {
            source.NextPollAt = now.AddMinutes(Math.Max(1, source.PollMinutes));
            await db.SaveChangesAsync(cancellationToken);
        }

        return source;
    }

    /// <summary>A paused source is not failing any more: its failures leave the health report.</summary>
    private async Task ForgetPausedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var id in await db.WebSources.Where(s => s.IsPaused).Select(s => s.Id).ToListAsync(cancellationToken))
        {
            jobs.Forget(JobOf(id));
        }
    }

    private async Task PollAsync(WebSource source, CancellationToken cancellationToken)
    {
        var run = await web.CrawlAsync(source, cancellationToken);
        var imported = run.Results.Count(r => r.Outcome == Ingestion.ImportOutcome.Imported);
        var unchanged = run.Results.Count(r => r.Outcome == Ingestion.ImportOutcome.Unchanged);
        var failedPages = run.Results.Count(r => r.Outcome == Ingestion.ImportOutcome.Failed);
        LogPolled(logger, source.Url, imported, unchanged, failedPages, run.Error ?? "none");
        await RecordAsync(source, run, cancellationToken);
    }

    /// <summary>Keeps how a poll went on the source and reports it to the health check.</summary>
    private async Task RecordAsync(WebSource source, CrawlRun run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.WebSources.FirstOrDefaultAsync(s => s.Id == source.Id, cancellationToken);
        if (stored is null)
        {
            return; // removed while it was polled
        }

        stored.LastPolledAt = now;
        stored.NextPollAt = now.AddMinutes(Math.Max(1, stored.PollMinutes));
        if (run.Error is null)
        {
            (stored.FailuresInARow, stored.LastError) = (0, null);
            if (!run.NotModified)
            {
                (stored.Kind, stored.ETag, stored.LastModified) = (run.Kind, run.ETag, run.LastModified?.UtcDateTime);
            }

            jobs.Succeeded(JobOf(source.Id));
        }
        else
        {
            (stored.FailuresInARow, stored.LastError) = (stored.FailuresInARow + 1, run.Error);
            jobs.Failed(JobOf(source.Id), new InvalidOperationException($"{source.Url}: {run.Error}"));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Url}: {Imported} imported, {Unchanged} unchanged, {Failed} failed; error: {Error}")]
    private static partial void LogPolled(ILogger logger, string url, int imported, int unchanged, int failed, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling the web sources failed; trying again at the next check")]
    private static partial void LogPollFailed(ILogger logger, Exception error);
}

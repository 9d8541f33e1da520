using DiplomacyPortal.Data.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Runs the <see cref="Inbox"/> by itself: a file-system watcher notices new files at once, and the folder is also
/// looked at every <see cref="IngestionOptions.RescanSeconds"/>. Each pass is reported to <see cref="BackgroundJobs"/>,
/// so that an inbox that keeps failing (a folder that cannot be written, a store that cannot be reached) shows in the
/// health check.
/// </summary>
public sealed partial class InboxWatcher(Inbox inbox, IOptions<IngestionOptions> options, BackgroundJobs jobs, TimeProvider clock, ILogger<InboxWatcher> logger) : BackgroundService
{
    public const string Job = "inbox";

    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A folder that cannot be made or watched must not stop the portal: the passes then fail, are reported, and
        // are tried again on the timer.
        using var watcher = TryWatch();
        LogWatching(logger, inbox.Folder);

        var rescan = TimeSpan.FromSeconds(options.Value.RescanSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var pass = await PassAsync(stoppingToken);

            // A file still being written is looked at again once it may have settled; otherwise wait for news.
            var wait = pass is { Waiting: > 0 } ? inbox.SettleTime : rescan;
            try
            {
                await _wake.WaitAsync(wait, stoppingToken);
                if (pass is not { Waiting: > 0 })
                {
                    // A new file: give it time to be written whole before the pass looks at it.
                    await Task.Delay(inbox.SettleTime, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private FileSystemWatcher? TryWatch()
    {
        try
        {
            Directory.CreateDirectory(inbox.Folder);
            var watcher = new FileSystemWatcher(inbox.Folder) { IncludeSubdirectories = false, EnableRaisingEvents = true };
            watcher.Created += (_, _) => Wake();
            watcher.Changed += (_, _) => Wake();
            watcher.Renamed += (_, _) => Wake();
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            jobs.Failed(Job, e);
            LogFailed(logger, e);
            return null;
        }
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    private async Task<InboxPass?> PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            var pass = await inbox.ProcessAsync(stoppingToken);
            jobs.Succeeded(Job);
            return pass;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            jobs.Failed(Job, e);
            LogFailed(logger, e);
            return null;
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching the inbox {Folder}")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over the inbox failed")]
    private static partial void LogFailed(ILogger logger, Exception error);
}

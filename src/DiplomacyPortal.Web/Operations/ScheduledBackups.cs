using System.Globalization;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Jobs;
using DiplomacyPortal.Data.Storage;
using Microsoft.Extensions.Options;

namespace DiplomacyPortal.Web.Operations;

/// <summary>
/// Backs the SQLite store up on a schedule (Backup:Every), into Backup:Folder, as portal-YYYYMMDD-HHMMSS.db (UTC);
/// each new backup is checked page by page before the oldest beyond Backup:Keep are deleted, so a damaged copy never
/// pushes a good one out. A backup is due <see cref="BackupOptions.Every"/> after the newest one in the folder, so a
/// restarted portal keeps to the schedule instead of starting it again.
/// </summary>
public sealed partial class ScheduledBackups(
    StoreSettings store, IOptions<BackupOptions> options, BackgroundJobs jobs, TimeProvider clock, ILogger<ScheduledBackups> logger) : BackgroundService
{
    public const string Job = "backup";
    private const string Prefix = "portal-";
    private const string Stamp = "yyyyMMdd-HHmmss";

    /// <summary>The folder backups go to.</summary>
    public string Folder => Path.Combine(StoreLocation.DataFolder(store), options.Value.Folder);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Every is not { } every)
        {
            return;
        }

        if (store.Provider != StoreProvider.Sqlite)
        {
            LogNotSqlite(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = NextDue(every) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken);
            }

            await RunOnceAsync(stoppingToken);
        }
    }

    /// <summary>Makes, checks and prunes one backup; the file, or null when it failed (reported to <see cref="BackgroundJobs"/>).</summary>
    public async Task<string?> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var target = Path.Combine(Folder, Prefix + clock.GetUtcNow().ToString(Stamp, CultureInfo.InvariantCulture) + ".db");
        try
        {
            if (File.Exists(target))
            {
                return target;
            }

            await StoreBackups.CopyAsync(store, target, cancellationToken);
            var check = await StoreBackups.VerifyAsync(target, cancellationToken);
            if (!check.Whole)
            {
                File.Move(target, target + ".damaged");
                throw new InvalidDataException($"the backup {target} failed its check: {string.Join("; ", check.Findings.Take(3))}");
            }

            Prune();
            jobs.Succeeded(Job);
            LogBackedUp(logger, target, check.Articles);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            jobs.Failed(Job, e);
            LogFailed(logger, e);
            return null;
        }
    }

    /// <summary>The backups in the folder, newest first.</summary>
    public IReadOnlyList<string> Backups() =>
        !Directory.Exists(Folder) ? [] :
        [.. Directory.EnumerateFiles(Folder, Prefix + "*.db").Where(f => BackupTime(f) is not null).OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal)];

    private DateTimeOffset NextDue(TimeSpan every) =>
        Backups() is [var newest, ..] && BackupTime(newest) is { } last ? last + every : clock.GetUtcNow();

    private void Prune()
    {
        foreach (var old in Backups().Skip(Math.Max(1, options.Value.Keep)))
        {
            File.Delete(old);
        }
    }

    private static DateTimeOffset? BackupTime(string file) =>
        DateTimeOffset.TryParseExact(Path.GetFileNameWithoutExtension(file).AsSpan(Prefix.Length), Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Backed the store up to {File} ({Articles} articles, checked)")]
    private static partial void LogBackedUp(ILogger logger, string file, long articles);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduled backup failed")]
    private static partial void LogFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backup:Every is set but the store is on PostgreSQL: back it up with pg_dump; no scheduled backups are made")]
    private static partial void LogNotSqlite(ILogger logger);
}

using System.Globalization;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>`reparse`, `stats` and `backup`: commands over the whole store.</summary>
public static class StoreCommands
{
    public const string ReparseUsage = "reparse [--db FILE]          re-run the current parser over every stored raw file, keeping editors' corrections";
    public const string StatsUsage = "stats [--db FILE]            articles per pair, per official and per year";
    public const string BackupUsage = "backup [--db FILE] TARGET | backup --verify FILE    a consistent copy of the store while the portal runs, or a check of one";
    public const string RestoreUsage = "restore [--db FILE] BACKUP   put a checked backup in place of the store (the portal stopped); the old store is kept beside it";

    public static async Task<int> ReparseAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ["--db"], []);
        if (line.Unknown.Count > 0 || line.Arguments.Count > 0)
        {
            error.WriteLine("usage: " + ReparseUsage);
            return 2;
        }

        await using var store = await StoreSession.OpenAsync(line.Options.GetValueOrDefault("--db"), cancellationToken);
        var summary = await store.Ingestor.ReparseAllAsync(null, cancellationToken);
        output.WriteLine($"Reparsed: {summary.Updated} articles updated, {summary.Created} new from files that failed before, {summary.Failed} files still failing.");
        return 0;
    }

    public static async Task<int> StatsAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ["--db"], []);
        if (line.Unknown.Count > 0 || line.Arguments.Count > 0)
        {
            error.WriteLine("usage: " + StatsUsage);
            return 2;
        }

        await using var store = await StoreSession.OpenAsync(line.Options.GetValueOrDefault("--db"), cancellationToken);
        await using var db = store.NewContext();
        var files = await db.SourceFiles.GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        output.WriteLine($"Articles: {await db.Articles.CountAsync(cancellationToken)}; files: {string.Join(", ", files.Select(f => $"{f.Key.ToString().ToLowerInvariant()} {f.Count}"))}");

        output.WriteLine();
        output.WriteLine("Per pair:");
        var pairs = await db.Articles.GroupBy(a => a.Pair).Select(g => new { Pair = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ToListAsync(cancellationToken);
        foreach (var pair in pairs)
        {
            output.WriteLine($"  {pair.Pair ?? "(none)",-8} {pair.Count,7}");
        }

        output.WriteLine();
        output.WriteLine("Per official (top 20):");
        var officials = await db.ArticleOfficials.GroupBy(o => new { o.Official!.Name, o.Official.CountryCode })
            .Select(g => new { g.Key.Name, g.Key.CountryCode, Count = g.Count() }).OrderByDescending(g => g.Count).Take(20).ToListAsync(cancellationToken);
        foreach (var official in officials)
        {
            output.WriteLine($"  {official.Name} ({official.CountryCode ?? "?"}) {official.Count}");
        }

        output.WriteLine();
        output.WriteLine("Per year:");
        var years = await db.Articles.GroupBy(a => a.Year).Select(g => new { Year = g.Key, Count = g.Count() }).OrderBy(g => g.Year).ToListAsync(cancellationToken);
        foreach (var year in years)
        {
            output.WriteLine($"  {(year.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "unknown"),-8} {year.Count,7}");
        }

        return 0;
    }

    public static async Task<int> BackupAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ["--db"], ["--verify"]);
        if (line.Unknown.Count > 0 || line.Arguments.Count != 1)
        {
            error.WriteLine("usage: " + BackupUsage);
            return 2;
        }

        if (line.Flags.Contains("--verify"))
        {
            return await VerifyBackupAsync(Path.GetFullPath(line.Arguments[0]), output, error, cancellationToken);
        }

        var target = Path.GetFullPath(line.Arguments[0]);
        if (File.Exists(target))
        {
            error.WriteLine($"backup: {target} exists already; give a new file name so that nothing is overwritten.");
            return 2;
        }

        await using var store = await StoreSession.OpenAsync(line.Options.GetValueOrDefault("--db"), cancellationToken);
        if (store.Settings.Provider != StoreProvider.Sqlite)
        {
            error.WriteLine("backup: the store is on PostgreSQL; back it up with the server's own tools (pg_dump).");
            return 2;
        }

        var bytes = await StoreBackups.CopyAsync(store.Settings, target, cancellationToken);
        output.WriteLine($"Backed up to {target} ({bytes / 1024} KB).");
        return 0;
    }

    /// <summary>
    /// `restore FILE`: the backup checked, then put in place of the store, which is first copied beside itself;
    /// refused while a portal or another command holds the store.
    /// </summary>
    public static async Task<int> RestoreAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ["--db"], []);
        if (line.Unknown.Count > 0 || line.Arguments.Count != 1)
        {
            error.WriteLine("usage: " + RestoreUsage);
            return 2;
        }

        var backup = Path.GetFullPath(line.Arguments[0]);
        var settings = StoreSettings.FromEnvironment(line.Options.GetValueOrDefault("--db"));
        try
        {
            var result = await StoreBackups.RestoreAsync(settings, backup, TimeProvider.System, cancellationToken);
            output.WriteLine($"Restored {backup} into {settings.Description}: {result.Articles} articles.");
            output.WriteLine(result.PreviousStore is null
                ? "There was no store before, so nothing was set aside."
                : $"The store as it was is kept at {result.PreviousStore}.");
            return 0;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or StoreInUseException or NotSupportedException)
        {
            error.WriteLine($"restore: {e.Message}");
            return e is InvalidDataException ? 1 : 2;
        }
    }

    private static async Task<int> VerifyBackupAsync(string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"backup --verify: {file} does not exist.");
            return 2;
        }

        var check = await StoreBackups.VerifyAsync(file, cancellationToken);
        if (!check.Whole)
        {
            output.WriteLine($"{file} is damaged:");
            foreach (var finding in check.Findings)
            {
                output.WriteLine("  " + finding);
            }

            return 1;
        }

        output.WriteLine($"{file} is whole: integrity check ok, {check.Articles} articles.");
        return 0;
    }
}

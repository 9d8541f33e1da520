using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>`reparse` and `stats`: commands over the whole store.</summary>
public static class StoreCommands
{
    public static Command Reparse(CliConsole console, Option<FileInfo?> database)
    {
        var command = new Command("reparse", "Run the current parser again over every stored raw file, keeping editors' corrections.");
        command.SetAction((result, cancellationToken) => ReparseAsync(result.DatabaseFile(database), console.Output, cancellationToken));
        return command;
    }

    public static Command Stats(CliConsole console, Option<FileInfo?> database)
    {
        var command = new Command("stats", "Articles per pair, per official and per year.");
        command.SetAction((result, cancellationToken) => StatsAsync(result.DatabaseFile(database), console.Output, cancellationToken));
        return command;
    }

    private static async Task<int> ReparseAsync(string? database, TextWriter output, CancellationToken cancellationToken)
    {
        await using var store = await StoreSession.OpenAsync(database, cancellationToken);
        var summary = await store.Ingestor.ReparseAllAsync(null, cancellationToken);
        output.WriteLine($"Reparsed: {summary.Updated} articles updated, {summary.Created} new from files that failed before, {summary.Failed} files still failing.");
        return 0;
    }

    private static async Task<int> StatsAsync(string? database, TextWriter output, CancellationToken cancellationToken)
    {
        await using var store = await StoreSession.OpenAsync(database, cancellationToken);
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
}

using System.Globalization;
using DiplomacyPortal.Bench;

// Usage: dotnet run --project tests/DiplomacyPortal.Bench -c Release -- [--seeds DIR] [--mb N] [--import N [--pages]] [--out FILE]
// --pages needs the portal's Release build: dotnet build src/DiplomacyPortal.Web -c Release
//        --pages-on DBFILE times the pages on a store imported before
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a, x => x.i + 1 < args.Length ? args[x.i + 1] : string.Empty);
var seeds = options.GetValueOrDefault("--seeds") ?? FindSeeds();
var megabytes = int.Parse(options.GetValueOrDefault("--mb") ?? "50", CultureInfo.InvariantCulture);
var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine($"No .txt articles in {seeds}.");
    return 2;
}

if (options.GetValueOrDefault("--pages-on") is { Length: > 0 } existing)
{
    // Times the pages on a store imported before (by --import), without importing again.
    foreach (var (measure, value) in await PageBenchmark.RunAsync(Path.GetFullPath(existing), Path.GetDirectoryName(seeds)!, 30))
    {
        Console.WriteLine($"| {measure} | {value} |");
    }

    return 0;
}

var rows = ParseBenchmark.Run(files, megabytes * 1_000_000L).ToList();
if (options.GetValueOrDefault("--import") is { Length: > 0 } importCount)
{
    var (importRows, database) = await ImportBenchmark.RunAsync(int.Parse(importCount, CultureInfo.InvariantCulture), Path.Combine(Path.GetTempPath(), "diplomacy-bench"));
    rows.AddRange(importRows);
    if (options.ContainsKey("--pages"))
    {
        rows.AddRange(await PageBenchmark.RunAsync(database, Path.GetDirectoryName(seeds)!, 50));
    }
}

var table = new System.Text.StringBuilder()
    .AppendLine(CultureInfo.InvariantCulture, $"Parse throughput on one thread ({files.Count} seed articles repeated to {megabytes} MB) and import into SQLite ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription})")
    .AppendLine()
    .AppendLine("| measure | value |")
    .AppendLine("|---|---|");
foreach (var (measure, value) in rows)
{
    table.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} |");
}

Console.Write(table);
if (options.GetValueOrDefault("--out") is { Length: > 0 } output)
{
    File.WriteAllText(output, table.ToString());
}

return 0;

static string FindSeeds()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "seeds");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    return "seeds";
}

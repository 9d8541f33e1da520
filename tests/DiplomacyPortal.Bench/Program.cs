using System.Globalization;
using System.Text;
using DiplomacyPortal.Bench;

// Usage: dotnet run --project tests/DiplomacyPortal.Bench -c Release -- [--articles N] [--out FILE] [--seed S] [--work DIR] [--seconds S]
//        [--store FILE] [--gc] [--soak MINUTES] [--engine sqlite|postgres] [--curve N,N,…]
// Generates N synthetic articles (default 100,000), then measures parsing, the import, the pages and search,
// each beside a reference measured in the same run, and prints a Markdown table (also written to --out).
// --store FILE skips the corpus and the import and measures over a store imported before (the soak adds to it);
// --gc compares the garbage collector's settings on the web process's memory; --soak MINUTES runs the soak instead
// of the page figures; --engine postgres imports into a private PostgreSQL cluster and measures the same table there
// (Debian's postgresql); --curve 10000,100000,500000 imports a corpus of each size and prints the cost curve (import,
// size, memory, cold start, cache-missed pages, search) instead. Needs Debian's sqlite3 and wrk for the references; builds the portal in Release and publishes
// the CLI (ReadyToRun) itself.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a, x => x.i + 1 < args.Length ? args[x.i + 1] : string.Empty);
int Option(string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
var articles = Option("--articles", 100_000);
var seed = Option("--seed", 42);
var seconds = Option("--seconds", 10);
var engine = options.GetValueOrDefault("--engine") is { Length: > 0 } chosen ? chosen : "sqlite";
if (engine is not ("sqlite" or "postgres"))
{
    Console.Error.WriteLine($"--engine must be sqlite or postgres, not {engine}.");
    return 2;
}

if (engine == "postgres" && options.ContainsKey("--store"))
{
    Console.Error.WriteLine("--store names a SQLite file; --engine postgres imports the corpus into a cluster of its own.");
    return 2;
}

var work = Path.GetFullPath(options.GetValueOrDefault("--work") ?? Path.Combine(Path.GetTempPath(), "diplomacy-bench"));
var repository = Program.FindRepository();
Directory.CreateDirectory(work);

Console.Error.WriteLine("building the portal (Release) and publishing the CLI (ReadyToRun)…");
await Program.DotnetAsync(repository, "build", "src/DiplomacyPortal.Web", "-c", "Release");

// The CLI as README advises installing it for large imports: compiled ahead of time, so an import does not spend its
// first seconds compiling EF Core and the parser (1.4 s instead of 2.3 s to start and import one file).
var cliFolder = Path.Combine(work, "cli");
await Program.DotnetAsync(repository, "publish", "src/DiplomacyPortal.Cli", "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
    "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", cliFolder);
var cli = Path.Combine(cliFolder, "diplomacy.dll");

var rows = new List<Row>();
var corpus = Path.Combine(work, "corpus");
if (options.GetValueOrDefault("--curve") is { Length: > 0 } curve)
{
    var sizes = curve.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
    rows.AddRange(await new CostCurve(repository, cli, work, sizes, seed).RunAsync());
    return Program.Print(rows, options.GetValueOrDefault("--out"), "the cost curve: one column per store size, cache missed");
}

string database;
if (options.GetValueOrDefault("--store") is { Length: > 0 } store)
{
    database = Path.GetFullPath(store);
    rows.Add(new("store", $"{database} ({new FileInfo(database).Length / 1e6:F0} MB), imported before"));
}
else
{
    Console.Error.WriteLine($"writing {articles:N0} synthetic articles (seed {seed})…");
    var files = SyntheticCorpus.Write(corpus, articles, seed);
    var megabytes = files.Sum(f => new FileInfo(f).Length) / 1e6;
    rows.Add(new("corpus", $"{articles:N0} articles, {megabytes:F0} MB ({files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)):N0} saved web pages)"));
    Console.Error.WriteLine("parsing…");
    rows.AddRange(ParseBenchmark.Run(files, 200_000_000));
    if (engine == "postgres")
    {
        Console.Error.WriteLine("importing into PostgreSQL and loading the pages there…");
        rows.AddRange(await new PostgresBenchmark(repository, cli, corpus, work, articles, seconds).RunAsync());
        database = string.Empty;
    }
    else
    {
        Console.Error.WriteLine("importing…");
        var (importRows, imported) = await ImportBenchmark.RunAsync(cli, corpus, work, articles);
        rows.AddRange(importRows);
        database = imported;
    }
}

if (engine == "postgres")
{
    // Measured above, on the PostgreSQL store.
}
else if (options.TryGetValue("--soak", out var minutes))
{
    Console.Error.WriteLine($"soaking for {minutes} minutes…");
    rows.AddRange(await new SoakBenchmark(repository, database, cli, work, corpus, TimeSpan.FromMinutes(int.Parse(minutes, CultureInfo.InvariantCulture))).RunAsync());
}
else if (options.ContainsKey("--gc"))
{
    rows.AddRange(await MemoryBenchmark.CompareCollectorsAsync(repository, database, work, seconds));
}
else
{
    Console.Error.WriteLine("loading the pages…");
    rows.AddRange(await new PageBenchmark(repository, BenchStore.Sqlite(database), corpus, work, seconds).RunAsync());
}

return Program.Print(rows, options.GetValueOrDefault("--out"), $"wrk 8 connections, {seconds} s per page");

internal static partial class Program
{
    /// <summary>The checkout: the folder holding DiplomacyPortal.sln, above the working directory or the benchmark's own folder.</summary>
    public static string FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DiplomacyPortal.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmark from the checkout (the folder holding DiplomacyPortal.sln).");
    }

    /// <summary>Prints the rows as a Markdown table (also written to <paramref name="output"/> when given); the exit code.</summary>
    public static int Print(IReadOnlyList<Row> rows, string? output, string settings)
    {
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"DiplomacyPortal benchmark, {DateTime.UtcNow:yyyy-MM-dd}: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; {settings}")
            .AppendLine()
            .AppendLine("| measure | DiplomacyPortal | reference, same run | against the target |")
            .AppendLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {row.Measure} | {row.Value} | {row.Reference} | {row.Comparison} |");
        }

        Console.Write(table);
        if (!string.IsNullOrEmpty(output))
        {
            File.WriteAllText(output, table.ToString());
        }

        return 0;
    }

    /// <summary>Runs a dotnet command (build, publish) on a project of the checkout; throws with its output if it fails.</summary>
    public static async Task DotnetAsync(string repository, params string[] arguments)
    {
        var run = await Tools.RunAsync("dotnet", [.. arguments, "-nologo", "-v", "q"], repository);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{run.Output}");
        }
    }
}

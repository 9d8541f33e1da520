using System.CommandLine;
using System.Diagnostics;
using DiplomacyPortal.Data.Ingestion;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// `import PATH...`: stores files, folders (recursively) and .zip archives. A live progress line on a
/// terminal, plain lines when the output is redirected, then a summary with every failure and its reason.
/// Stopping it (Ctrl-C) finishes the current file and stops; running it again skips what is stored.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console, Option<FileInfo?> database)
    {
        var paths = InputFiles.Argument("Article files (.txt, .html), folders (read recursively) and .zip archives of them.");
        var by = new Option<string>("--by") { HelpName = "NAME", Description = "Who the files are recorded as received from.", DefaultValueFactory = _ => "cli" };
        var command = new Command("import", "Store article files, folders and .zip archives; each file is kept raw, and the same article twice is stored once.") { paths, by };
        command.SetAction((result, cancellationToken) => RunAsync(result.DatabaseFile(database), result.GetRequiredValue(paths), result.GetRequiredValue(by), console, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string? database, IReadOnlyList<string> paths, string receivedBy, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var output = console.Output;
        await using var store = await StoreSession.OpenAsync(database, cancellationToken);
        // Counting the paths first (not reading them) gives the progress line its total and its ETA.
        var expected = InputFiles.Expand(paths).Count();
        var progress = new ImportProgress(output, interactive: console.OutputIsTerminal, expected);
        var failures = new List<ImportResult>();
        void Record(ImportResult result)
        {
            if (result.Outcome == ImportOutcome.Failed)
            {
                failures.Add(result);
            }

            progress.Add(result);
        }

        try
        {
            // Files that cannot even be read are answered at once; the rest go to the store in batches.
            var readable = InputsOf(paths).Select(input => (input.Name, Read: input.Read())).Where(input =>
            {
                if (input.Read.Problem is null)
                {
                    return true;
                }

                Record(new ImportResult(input.Name, ImportOutcome.Failed, null, null, null, input.Read.Problem, []));
                return false;
            }).Select(input => new IncomingFile(input.Name, input.Read.Bytes!));
            var deferIndexes = await store.Ingestor.ShouldDeferIndexesAsync(expected, cancellationToken);
            if (deferIndexes)
            {
                // Said first, so that the pause after the last file (the indexes being built) is not taken for a hang.
                output.WriteLine("A bulk import: the indexes it does not read by are left out meanwhile and built after the last file (until then the portal's lists are slower).");
            }

            await store.Ingestor.ImportManyAsync(readable, receivedBy, Record, deferIndexes: deferIndexes, cancellationToken: cancellationToken);
        }
        catch (OperationCanceledException)
        {
            progress.Finish();
            output.WriteLine("Stopped. Every file imported so far is stored; run the same command again to finish.");
            return 130;
        }

        progress.Finish();
        output.WriteLine($"Imported {progress.Imported}, duplicates {progress.Duplicates}, failed {progress.Failed} ({progress.Elapsed.TotalSeconds:F1} s).");
        foreach (var failure in failures)
        {
            output.WriteLine($"  failed: {failure.FileName}: {failure.Reason}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Every input file, lazily, so that 100,000 files never sit in memory together.</summary>
    private static IEnumerable<(string Name, Func<(byte[]? Bytes, string? Problem)> Read)> InputsOf(IEnumerable<string> paths)
    {
        foreach (var file in InputFiles.Expand(paths))
        {
            if (ZipExpander.IsZip(file) && File.Exists(file))
            {
                List<ZipEntryFile> entries;
                string? error;
                using (var stream = File.OpenRead(file))
                {
                    (entries, error) = ZipExpander.Expand(stream, file, ZipLimits.CommandLine);
                }

                if (error is not null)
                {
                    yield return (file, () => (null, error));
                }

                foreach (var entry in entries)
                {
                    yield return (entry.Name, () => (entry.Content, null));
                }

                continue;
            }

            yield return (file, () => ReadFile(file));
        }
    }

    private static (byte[]? Bytes, string? Problem) ReadFile(string file)
    {
        try
        {
            return (File.ReadAllBytes(file), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e is FileNotFoundException or DirectoryNotFoundException ? "The file does not exist." : $"The file could not be read: {e.Message}");
        }
    }

    /// <summary>Counts, rate and a progress line: redrawn in place on a terminal, one line per 1,000 files otherwise.</summary>
    private sealed class ImportProgress(TextWriter output, bool interactive, int expectedFiles)
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private TimeSpan _lastDraw;

        public int Imported { get; private set; }

        public int Duplicates { get; private set; }

        public int Failed { get; private set; }

        public TimeSpan Elapsed => _watch.Elapsed;

        private int Total => Imported + Duplicates + Failed;

        public void Add(ImportResult result)
        {
            switch (result.Outcome)
            {
                case ImportOutcome.Imported:
                    Imported++;
                    break;
                case ImportOutcome.Duplicate:
                    Duplicates++;
                    break;
                default:
                    Failed++;
                    break;
            }

            if (interactive && _watch.Elapsed - _lastDraw > TimeSpan.FromMilliseconds(200))
            {
                _lastDraw = _watch.Elapsed;
                output.Write($"\r{Total}/{expectedFiles} files  {Rate():F0} files/s  ETA {Eta()}  imported {Imported}  duplicates {Duplicates}  failed {Failed}   ");
                output.Flush();
            }
            else if (!interactive && Total % 1000 == 0)
            {
                output.WriteLine($"{Total} files, {Rate():F0} files/s, imported {Imported}, duplicates {Duplicates}, failed {Failed}");
            }
        }

        public void Finish()
        {
            if (interactive)
            {
                output.WriteLine();
            }
        }

        private double Rate() => Total / Math.Max(_watch.Elapsed.TotalSeconds, 0.001);

        // Archives count as one path but hold many files: past the count, the ETA is unknown.
        private string Eta() => Total >= expectedFiles || Rate() <= 0 ? "?" : TimeSpan.FromSeconds((expectedFiles - Total) / Rate()).ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
    }
}

using System.CommandLine;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// The `diplomacy` command and its verbs. System.CommandLine parses and validates the arguments, and writes the
/// help (`diplomacy --help`, `diplomacy import --help`) from the descriptions given here.
/// </summary>
public static class DiplomacyCommand
{
    /// <summary>Exit code of a command line that does not parse: a usage error, as distinct from a command that failed (1).</summary>
    public const int UsageError = 2;

    public static RootCommand Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var database = new Option<FileInfo?>("--db")
        {
            Description = "A SQLite store file instead of the default (DIPLOMACYPORTAL_DB, or data/portal.db in the checkout); "
                + "without it, Database__Provider=Postgres and ConnectionStrings__Portal name a PostgreSQL store.",
            Recursive = true,
            HelpName = "FILE",
        };
        var root = new RootCommand("diplomacy — DiplomacyPortal's command-line tool: parse VNA article files, import them into the store, and look after the store.")
        {
            ParseCommand.Create(console),
            ImportCommand.Create(console, database),
            WatchCommand.Create(console, database),
            FetchCommands.Fetch(console, database),
            FetchCommands.Crawl(console, database),
            SourcesCommand.Create(console, database),
            StoreCommands.Reparse(console, database),
            StoreCommands.Stats(console, database),
            BackupCommands.Backup(console, database),
            BackupCommands.Restore(console, database),
            MigrateStoreCommand.Create(console, database),
            UsersCommand.Create(console, database),
        };
        root.Options.Add(database);
        return root;
    }

    /// <summary>Parses and runs a command line; a line that does not parse is answered with its errors and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var parsed = Create(console).Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine(error.Message);
            }

            console.Error.WriteLine($"Run '{CommandPath(parsed)} --help' to see what it takes.");
            return UsageError;
        }

        // Ctrl-C is the program's own: the first one finishes the current file (the token), a second ends the process.
        var invocation = new InvocationConfiguration { Output = console.Output, Error = console.Error, ProcessTerminationTimeout = null };
        return await parsed.InvokeAsync(invocation, cancellationToken);
    }

    /// <summary>The verbs as typed: "diplomacy users add".</summary>
    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Command is not RootCommand; result = (System.CommandLine.Parsing.CommandResult)result.Parent!)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', ["diplomacy", .. names]);
    }

    /// <summary>The --db option's file, as a full path, or null for the configured store.</summary>
    public static string? DatabaseFile(this ParseResult result, Option<FileInfo?> database)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.GetValue(database)?.FullName;
    }
}

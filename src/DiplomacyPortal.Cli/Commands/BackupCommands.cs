using System.CommandLine;
using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>`backup` and `restore`: copies of a SQLite store, made while the portal runs, checked, and put back.</summary>
public static class BackupCommands
{
    public static Command Backup(CliConsole console, Option<FileInfo?> database)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Where the copy goes (a new file: nothing is overwritten); with --verify, the copy to check." };
        var verify = new Option<bool>("--verify") { Description = "Check a backup instead of making one: SQLite's integrity check over every page, and its articles counted (exit 1 when damaged)." };
        var command = new Command("backup", "A consistent copy of the SQLite store, safe while the portal runs, or a check of one.") { file, verify };
        command.SetAction((result, cancellationToken) => result.GetValue(verify)
            ? VerifyAsync(result.GetRequiredValue(file).FullName, console, cancellationToken)
            : BackupAsync(result.DatabaseFile(database), result.GetRequiredValue(file).FullName, console, cancellationToken));
        return command;
    }

    public static Command Restore(CliConsole console, Option<FileInfo?> database)
    {
        var file = new Argument<FileInfo>("BACKUP") { Description = "The backup to put in place of the store." };
        var command = new Command("restore", "Put a checked backup in place of the store (stop the portal first); the store it replaces is kept beside it.") { file };
        command.SetAction((result, cancellationToken) => RestoreAsync(result.DatabaseFile(database), result.GetRequiredValue(file).FullName, console, cancellationToken));
        return command;
    }

    private static async Task<int> BackupAsync(string? database, string target, CliConsole console, CancellationToken cancellationToken)
    {
        if (File.Exists(target))
        {
            console.Error.WriteLine($"backup: {target} exists already; give a new file name so that nothing is overwritten.");
            return 2;
        }

        await using var store = await StoreSession.OpenAsync(database, cancellationToken);
        if (store.Settings.Provider != StoreProvider.Sqlite)
        {
            console.Error.WriteLine("backup: the store is on PostgreSQL; back it up with the server's own tools (pg_dump).");
            return 2;
        }

        var bytes = await StoreBackups.CopyAsync(store.Settings, target, cancellationToken);
        console.Output.WriteLine($"Backed up to {target} ({bytes / 1024} KB).");
        return 0;
    }

    /// <summary>Exit 0 when the backup is whole, 1 with SQLite's findings when it is not.</summary>
    private static async Task<int> VerifyAsync(string file, CliConsole console, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            console.Error.WriteLine($"backup --verify: {file} does not exist.");
            return 2;
        }

        var check = await StoreBackups.VerifyAsync(file, cancellationToken);
        if (!check.Whole)
        {
            console.Output.WriteLine($"{file} is damaged:");
            foreach (var finding in check.Findings)
            {
                console.Output.WriteLine("  " + finding);
            }

            return 1;
        }

        console.Output.WriteLine($"{file} is whole: integrity check ok, {check.Articles} articles.");
        return 0;
    }

    /// <summary>The backup checked, then put in place of the store; refused while a portal or another command holds the store.</summary>
    private static async Task<int> RestoreAsync(string? database, string backup, CliConsole console, CancellationToken cancellationToken)
    {
        var settings = StoreSession.Resolve(database);
        try
        {
            var result = await StoreBackups.RestoreAsync(settings, backup, TimeProvider.System, cancellationToken);
            console.Output.WriteLine($"Restored {backup} into {settings.Description}: {result.Articles} articles.");
            console.Output.WriteLine(result.PreviousStore is null
                ? "There was no store before, so nothing was set aside."
                : $"The store as it was is kept at {result.PreviousStore}.");
            return 0;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or StoreInUseException or NotSupportedException)
        {
            console.Error.WriteLine($"restore: {e.Message}");
            return e is InvalidDataException ? 1 : 2;
        }
    }
}

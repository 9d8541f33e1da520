using System.Text;
using DiplomacyPortal.Cli.Commands;
using DiplomacyPortal.Data.Storage;

SqliteProcessSettings.UseForBatchWork(); // before any connection opens
Console.OutputEncoding = new UTF8Encoding(false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C finishes the current file and stops cleanly; a second one ends the process.
    e.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
};

var command = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToList();
var exitCode = command switch
{
    "parse" => ParseCommand.Run(rest, stdout, Console.Error),
    "import" => await ImportCommand.RunAsync(rest, stdout, Console.Error, stop.Token),
    "reparse" => await StoreCommands.ReparseAsync(rest, stdout, Console.Error, stop.Token),
    "stats" => await StoreCommands.StatsAsync(rest, stdout, Console.Error, stop.Token),
    "backup" => await StoreCommands.BackupAsync(rest, stdout, Console.Error, stop.Token),
    "restore" => await StoreCommands.RestoreAsync(rest, stdout, Console.Error, stop.Token),
    "migrate-store" => await MigrateStoreCommand.RunAsync(rest, stdout, Console.Error, stop.Token),
    "users" => await UsersCommand.RunAsync(rest, Console.In, !Console.IsInputRedirected, stdout, Console.Error, stop.Token),
    "help" or "--help" or "-h" => Help(stdout),
    _ => Unknown(command),
};
stdout.Flush();
return exitCode;

static int Help(TextWriter output)
{
    output.WriteLine("diplomacy — DiplomacyPortal's command-line tool");
    output.WriteLine();
    foreach (var usage in new[] { ParseCommand.Usage, ImportCommand.Usage, StoreCommands.ReparseUsage, StoreCommands.StatsUsage, StoreCommands.BackupUsage, StoreCommands.RestoreUsage, MigrateStoreCommand.Usage, UsersCommand.Usage })
    {
        output.WriteLine("  " + usage);
    }

    output.WriteLine();
    output.WriteLine("The store is data/portal.db under the working directory, or the file named by DIPLOMACYPORTAL_DB;");
    output.WriteLine("with Database__Provider=Postgres and ConnectionStrings__Portal set, the PostgreSQL database they name.");
    return 0;
}

static int Unknown(string command)
{
    Console.Error.WriteLine($"Unknown command '{command}'. Run with 'help' to see the commands.");
    return 2;
}

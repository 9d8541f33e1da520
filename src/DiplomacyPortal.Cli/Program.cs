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

var console = new CliConsole(Console.In, !Console.IsInputRedirected, stdout, !Console.IsOutputRedirected, Console.Error);
var exitCode = await DiplomacyCommand.RunAsync(args, console, stop.Token);
stdout.Flush();
return exitCode;

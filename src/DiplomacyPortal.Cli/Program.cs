using System.Text;
using DiplomacyPortal.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };

var command = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToList();
var exitCode = command switch
{
    "parse" => ParseCommand.Run(rest, stdout, Console.Error),
    "help" or "--help" or "-h" => Help(stdout),
    _ => Unknown(command),
};
stdout.Flush();
return exitCode;

static int Help(TextWriter output)
{
    output.WriteLine("diplomacy — DiplomacyPortal's command-line tool");
    output.WriteLine();
    output.WriteLine("  " + ParseCommand.Usage);
    return 0;
}

static int Unknown(string command)
{
    Console.Error.WriteLine($"Unknown command '{command}'. Run with 'help' to see the commands.");
    return 2;
}

using DiplomacyPortal.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Cli.Tests.Support;

/// <summary>A base for command tests: a folder of the test's own holding its store file, deleted afterwards.</summary>
public abstract class CommandTestFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("cli-test-").FullName;

    protected string Database => Path.Combine(Folder, "portal.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs a command line (`diplomacy ARGS`); its exit code and what it wrote.</summary>
    protected static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => await RunWithInputAsync(string.Empty, args);

    /// <summary>Runs a command line with <paramref name="standardInput"/> piped in.</summary>
    protected static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await DiplomacyCommand.RunAsync(args, CliConsole.OfStrings(output, error, standardInput));
        return (exitCode, output.ToString(), error.ToString());
    }
}

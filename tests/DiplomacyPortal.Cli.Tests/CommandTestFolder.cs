using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Cli.Tests;

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

    /// <summary>Runs a command with arguments; its exit code and what it wrote.</summary>
    protected static async Task<(int ExitCode, string Output, string Error)> RunAsync(Func<IReadOnlyList<string>, TextWriter, TextWriter, CancellationToken, Task<int>> command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await command(args, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Cli.Tests;

/// <summary>The CLI as a process of its own: its start-up (SQLite's process settings, the runtime's) and a command through it.</summary>
public sealed class CliProcessTests : CommandTestFolder
{
    [Fact]
    public async Task The_CLI_process_imports_the_seeds_into_a_store_that_reads_back_whole()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "diplomacy.dll"), "import", "--db", Database, Path.GetDirectoryName(Seeds.Paths[0])!])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains("Imported 5, duplicates 0, failed 0", await output, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "SELECT (SELECT count(*) FROM Articles) || '/' || (SELECT count(*) FROM RelatedItems WHERE ArticleId IN (SELECT Id FROM Articles)) || '/' || (SELECT integrity_check FROM pragma_integrity_check)";
        Assert.Matches(@"^5/[1-9][0-9]*/ok$", (string)(await check.ExecuteScalarAsync())!);
    }
}

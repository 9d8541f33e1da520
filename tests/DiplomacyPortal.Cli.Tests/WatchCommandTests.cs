using DiplomacyPortal.Cli.Commands;

namespace DiplomacyPortal.Cli.Tests;

public sealed class WatchCommandTests : CommandTestFolder
{
    [Fact]
    public async Task Watch_imports_what_is_dropped_into_the_inbox_until_stopped()
    {
        var inbox = Path.Combine(Folder, "drop");
        Directory.CreateDirectory(inbox);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "a.txt"), await File.ReadAllBytesAsync(Seeds.Paths[0]));
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var watching = DiplomacyCommand.RunAsync(["watch", "--db", Database, "--inbox", inbox], CliConsole.OfStrings(output, new StringWriter()), stop.Token);

        var done = Path.Combine(inbox, "done");
        await Eventually.HoldsAsync(() => Directory.Exists(done) && Directory.GetFiles(done, "a.txt", SearchOption.AllDirectories).Length > 0);

        await stop.CancelAsync();
        var exitCode = await watching;
        var (_, stats, _) = await RunAsync("stats", "--db", Database);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Watching {inbox}", output.ToString(), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(done, "a.txt", SearchOption.AllDirectories));
        Assert.Contains("Articles: 1;", stats, StringComparison.Ordinal);
    }
}

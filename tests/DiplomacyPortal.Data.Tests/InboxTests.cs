using System.Globalization;
using System.IO.Compression;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyPortal.Data.Tests;

public sealed class InboxTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private Inbox _inbox = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateSqliteAsync();
        _inbox = new Inbox(Path.Combine(_store.Folder, "inbox"), TimeSpan.Zero, _store.Ingestor, TimeProvider.System, NullLogger<Inbox>.Instance);
        Directory.CreateDirectory(_inbox.Folder);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private string Today => Path.Combine(_inbox.DoneFolder, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private string Drop(string name, byte[] content)
    {
        var path = Path.Combine(_inbox.Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<int> ArticlesAsync()
    {
        await using var db = _store.NewContext();
        return await db.Articles.CountAsync();
    }

    [Fact]
    public async Task A_file_is_imported_once_it_has_settled_and_then_moved_to_the_days_done_folder()
    {
        Drop("talks.txt", File.ReadAllBytes(TestStore.SeedPaths[0]));

        var first = await _inbox.ProcessAsync();
        var second = await _inbox.ProcessAsync();

        Assert.Equal(new InboxPass(0, 0, 0, 1), first);
        Assert.Equal(new InboxPass(1, 0, 0, 0), second);
        Assert.True(File.Exists(Path.Combine(Today, "talks.txt")));
        Assert.Empty(Directory.GetFiles(_inbox.Folder));
        Assert.Equal(1, await ArticlesAsync());
    }

    [Fact]
    public async Task A_file_still_growing_waits_for_a_pass_that_finds_it_unchanged()
    {
        var seed = File.ReadAllBytes(TestStore.SeedPaths[0]);
        var path = Drop("growing.txt", seed[..(seed.Length / 2)]);
        await _inbox.ProcessAsync();

        await File.WriteAllBytesAsync(path, seed);
        var grown = await _inbox.ProcessAsync();
        var settled = await _inbox.ProcessAsync();

        Assert.Equal(1, grown.Waiting);
        Assert.Equal(1, settled.Imported);
        Assert.Equal(1, await ArticlesAsync());
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_goes_to_failed_with_its_reason_beside_it()
    {
        Drop("empty.txt", []);

        await _inbox.ProcessAsync();
        var pass = await _inbox.ProcessAsync();

        Assert.Equal(1, pass.Failed);
        Assert.True(File.Exists(Path.Combine(_inbox.FailedFolder, "empty.txt")));
        Assert.Contains("The file is empty.", await File.ReadAllTextAsync(Path.Combine(_inbox.FailedFolder, "empty.txt.reason.txt")), StringComparison.Ordinal);
        Assert.Equal(0, await ArticlesAsync());
    }

    [Fact]
    public async Task A_file_stored_before_a_crash_but_not_yet_moved_is_moved_without_a_second_article()
    {
        var bytes = File.ReadAllBytes(TestStore.SeedPaths[1]);
        Drop("stored.txt", bytes);

        // The state a kill leaves between the import's commit and the move.
        await _store.Ingestor.ImportAsync(bytes, "stored.txt", Inbox.ReceivedBy);
        await _inbox.ProcessAsync();
        var pass = await _inbox.ProcessAsync();

        Assert.Equal(new InboxPass(0, 1, 0, 0), pass);
        Assert.True(File.Exists(Path.Combine(Today, "stored.txt")));
        Assert.Equal(1, await ArticlesAsync());
    }

    [Fact]
    public async Task An_archive_is_imported_entry_by_entry_and_a_name_dropped_twice_keeps_both_copies()
    {
        using (var buffer = new MemoryStream())
        {
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                zip.CreateEntryFromFile(TestStore.SeedPaths[2], "day/a.txt");
                zip.CreateEntryFromFile(TestStore.SeedPaths[3], "day/b.txt");
            }

            Drop("day.zip", buffer.ToArray());
        }

        await _inbox.ProcessAsync();
        var archive = await _inbox.ProcessAsync();
        Drop("day.zip", File.ReadAllBytes(Path.Combine(Today, "day.zip")));
        await _inbox.ProcessAsync();
        var again = await _inbox.ProcessAsync();

        Assert.Equal(new InboxPass(2, 0, 0, 0), archive);
        Assert.Equal(new InboxPass(0, 2, 0, 0), again);
        Assert.True(File.Exists(Path.Combine(Today, "day.zip")));
        Assert.True(File.Exists(Path.Combine(Today, "day-2.zip")));
        Assert.Equal(2, await ArticlesAsync());
    }

    [Fact]
    public async Task Files_that_are_not_articles_yet_are_left_where_they_are()
    {
        Drop("download.txt.part", File.ReadAllBytes(TestStore.SeedPaths[0]));
        Drop(".hidden.txt", File.ReadAllBytes(TestStore.SeedPaths[0]));

        await _inbox.ProcessAsync();
        var pass = await _inbox.ProcessAsync();

        Assert.Equal(new InboxPass(0, 0, 0, 0), pass);
        Assert.Equal(2, Directory.GetFiles(_inbox.Folder).Length);
        Assert.Equal(0, await ArticlesAsync());
    }
}

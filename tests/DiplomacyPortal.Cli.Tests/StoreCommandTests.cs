using System.IO.Compression;
using DiplomacyPortal.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Cli.Tests;

public sealed class StoreCommandTests : CommandTestFolder
{
    [Fact]
    public async Task Import_readsFolders_and_zip_archives_and_reports_duplicates_and_failures()
    {
        var archive = Path.Combine(Folder, "more.zip");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(Seeds.Paths[0], "a/000.txt");
        }

        var png = Path.Combine(Folder, "photo.txt");
        await File.WriteAllBytesAsync(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var (exitCode, output, _) = await RunAsync("import", "--db", Database, Path.GetDirectoryName(Seeds.Paths[0])!, archive, png);

        Assert.Equal(1, exitCode);
        Assert.Contains("Imported 5, duplicates 1, failed 1", output, StringComparison.Ordinal);
        Assert.Contains("photo.txt: This file is not text: it is a PNG image.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused_as_the_upload_page_refuses_it_and_kept_with_its_reason()
    {
        var empty = Path.Combine(Folder, "empty.txt");
        await File.WriteAllBytesAsync(empty, []);
        var blank = Path.Combine(Folder, "blank.txt");
        await File.WriteAllTextAsync(blank, " \n\n\t\n");

        var (exitCode, output, _) = await RunAsync("import", "--db", Database, empty, blank);

        Assert.Equal(1, exitCode);
        Assert.Contains("Imported 0, duplicates 0, failed 2", output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: The file is empty.", output, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Articles";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        command.CommandText = "SELECT COUNT(*) FROM SourceFiles WHERE Error = 'The file is empty.'";
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_second_import_adds_nothing_and_exits_zero()
    {
        var seeds = Path.GetDirectoryName(Seeds.Paths[0])!;
        await RunAsync("import", "--db", Database, seeds);

        var (exitCode, output, _) = await RunAsync("import", "--db", Database, seeds);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 0, duplicates 5, failed 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_with_a_path_that_climbs_out_is_refused()
    {
        var archive = Path.Combine(Folder, "evil.zip");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(Seeds.Paths[0], "../../etc/000.txt");
        }

        var (exitCode, output, _) = await RunAsync("import", "--db", Database, archive);

        Assert.Equal(1, exitCode);
        Assert.Contains("leaves the archive's folder", output, StringComparison.Ordinal);
        Assert.Contains("Imported 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_count_articles_by_pair_official_and_year()
    {
        await RunAsync("import", "--db", Database, Path.GetDirectoryName(Seeds.Paths[0])!);

        var (_, stats, _) = await RunAsync("stats", "--db", Database);

        Assert.Matches(@"CN-VN\s+4", stats);
        Assert.Matches(@"RU-VN\s+1", stats);
        Assert.Contains("范平明 (VN) 3", stats, StringComparison.Ordinal);
        Assert.Matches(@"unknown\s+2", stats);
    }

    [Fact]
    public async Task Reparse_reads_every_stored_article_again()
    {
        await RunAsync("import", "--db", Database, Path.GetDirectoryName(Seeds.Paths[0])!);

        var (reparseExit, reparse, _) = await RunAsync("reparse", "--db", Database);

        Assert.Equal(0, reparseExit);
        Assert.Contains("5 articles updated", reparse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_writes_a_consistent_copy_and_never_overwrites()
    {
        await RunAsync("import", "--db", Database, Seeds.Paths[0]);
        var target = Path.Combine(Folder, "backup", "copy.db");

        var (exitCode, _, _) = await RunAsync("backup", "--db", Database, target);
        var (again, _, error) = await RunAsync("backup", "--db", Database, target);

        Assert.Equal(0, exitCode);
        await using var copy = new SqliteConnection($"Data Source={target};Pooling=False");
        await copy.OpenAsync();
        await using var count = copy.CreateCommand();
        count.CommandText = "SELECT count(*) FROM Articles";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        Assert.Equal(2, again);
        Assert.Contains("exists already", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_verifies_whole_and_a_damaged_one_is_reported()
    {
        await RunAsync("import", "--db", Database, Path.GetDirectoryName(Seeds.Paths[0])!);
        var target = Path.Combine(Folder, "backup", "verified.db");
        await RunAsync("backup", "--db", Database, target);

        var (whole, wholeOutput, _) = await RunAsync("backup", "--verify", target);

        var damaged = Path.Combine(Folder, "backup", "damaged.db");
        var bytes = await File.ReadAllBytesAsync(target);
        new Random(3).NextBytes(bytes.AsSpan(bytes.Length / 2, bytes.Length / 4));
        await File.WriteAllBytesAsync(damaged, bytes);
        var (broken, brokenOutput, _) = await RunAsync("backup", "--verify", damaged);

        Assert.Equal(0, whole);
        Assert.Contains("integrity check ok, 5 articles", wholeOutput, StringComparison.Ordinal);
        Assert.Equal(1, broken);
        Assert.True(brokenOutput.Contains("is damaged", StringComparison.Ordinal) || brokenOutput.Contains("not a readable store", StringComparison.Ordinal), brokenOutput);
    }

    [Fact]
    public async Task Restore_puts_a_backup_back_and_keeps_the_store_it_replaced()
    {
        var backup = await BackupOfOneArticleThenFiveAsync();

        var (exitCode, output, _) = await RunAsync("restore", "--db", Database, backup);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 articles", output, StringComparison.Ordinal);
        Assert.Equal(1L, await CountArticlesAsync(Database));
        var previous = Directory.GetFiles(Folder, "portal.db.before-restore-*").Single();
        Assert.Contains(previous, output, StringComparison.Ordinal);
        Assert.Equal(5L, await CountArticlesAsync(previous));
    }

    [Fact]
    public async Task Restore_is_refused_while_a_portal_or_command_holds_the_store()
    {
        var backup = await BackupOfOneArticleThenFiveAsync();

        int exitCode;
        string error;
        using (DiplomacyPortal.Data.Storage.StoreLock.TakeShared(DiplomacyPortal.Data.Storage.StoreSettings.Sqlite(Database)))
        {
            (exitCode, _, error) = await RunAsync("restore", "--db", Database, backup);
        }

        Assert.Equal(2, exitCode);
        Assert.Contains("in use by a running portal or command", error, StringComparison.Ordinal);
        Assert.Equal(5L, await CountArticlesAsync(Database));
        Assert.Empty(Directory.GetFiles(Folder, "portal.db.before-restore-*"));
    }

    [Fact]
    public async Task A_damaged_backup_is_not_restored_and_the_store_is_left_as_it_is()
    {
        await RunAsync("import", "--db", Database, Path.GetDirectoryName(Seeds.Paths[0])!);
        var damaged = Path.Combine(Folder, "damaged.db");
        await File.WriteAllTextAsync(damaged, "this is not a database, only text that looks nothing like one");

        var (exitCode, _, error) = await RunAsync("restore", "--db", Database, damaged);

        Assert.Equal(1, exitCode);
        Assert.Contains("is damaged, so the store was left as it is", error, StringComparison.Ordinal);
        Assert.Equal(5L, await CountArticlesAsync(Database));
    }

    /// <summary>A backup of the store holding one article, after which the store is given all five; the backup's file.</summary>
    private async Task<string> BackupOfOneArticleThenFiveAsync()
    {
        await RunAsync("import", "--db", Database, Seeds.Paths[0]);
        var backup = Path.Combine(Folder, "backup", "one-article.db");
        await RunAsync("backup", "--db", Database, backup);
        await RunAsync("import", "--db", Database, Path.GetDirectoryName(Seeds.Paths[0])!);
        return backup;
    }

    private static async Task<long> CountArticlesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM Articles";
        return (long)(await count.ExecuteScalarAsync())!;
    }
}

using DiplomacyPortal.Cli.Commands;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Search;
using DiplomacyPortal.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Cli.Tests;

public sealed class MigrateStoreCommandTests : CommandTestFolder
{
    [Theory]
    [InlineData("--to mysql --connection Host=x", "Must be one of")]
    [InlineData("--to postgres", "Option '--connection' is required")]
    [InlineData("--to postgres --connection Host=x --db nowhere/portal.db", "there is no SQLite store at")]
    public async Task Bad_arguments_are_explained_and_change_nothing(string args, string reason)
    {
        var (exitCode, output, error) = await RunAsync(["migrate-store", .. args.Split(' ')]);

        Assert.Equal(2, exitCode);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "nowhere")));
    }

    [PostgresFact]
    public async Task The_store_moves_to_PostgreSQL_whole_with_its_ids_raw_files_and_search_and_takes_new_articles_after()
    {
        await RunAsync(["import", "--db", Database, .. Seeds.Paths.Take(4)]);
        var target = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var (exitCode, output, error) = await RunAsync("migrate-store", "--to", "postgres", "--connection", target, "--db", Database);

            Assert.True(exitCode == 0, error + output);
            Assert.Contains("Every table was copied whole.", output, StringComparison.Ordinal);
            Assert.Matches(@"SourceFiles\s+4\s+4", output);
            Assert.Matches(@"ArticleSearch\s+4\s+4", output);

            var postgres = new StoreSettings(StoreProvider.Postgres, target);
            await using var session = await StoreSession.OpenAsync(postgres);
            await using (var db = session.NewContext())
            {
                await using var sqlite = new PortalDbContext(PortalDatabase.Options($"Data Source={Database}"));
                var copied = await db.SourceFiles.OrderBy(f => f.Id).Select(f => new { f.Id, f.ArticleId, f.Sha256, f.Content }).ToListAsync();
                var original = await sqlite.SourceFiles.OrderBy(f => f.Id).Select(f => new { f.Id, f.ArticleId, f.Sha256, f.Content }).ToListAsync();
                Assert.Equal(original.Select(f => (f.Id, f.ArticleId, f.Sha256, Convert.ToHexString(f.Content))), copied.Select(f => (f.Id, f.ArticleId, f.Sha256, Convert.ToHexString(f.Content))));
                Assert.Equal(await SearchIndex.SearchAsync(sqlite, "王毅"), await SearchIndex.SearchAsync(db, "王毅"));
            }

            // The identity sequences continue after the copied ids.
            var fifth = await session.Ingestor.ImportAsync(await File.ReadAllBytesAsync(Seeds.Paths[4]), "004.txt", "test");
            Assert.Equal(Data.Ingestion.ImportOutcome.Imported, fifth.Outcome);
            Assert.Equal(5, fifth.ArticleId);

            var (again, _, refusal) = await RunAsync("migrate-store", "--to", "postgres", "--connection", target, "--db", Database);
            Assert.Equal(1, again);
            Assert.Contains("is not empty", refusal, StringComparison.Ordinal);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(target);
        }
    }
}

using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

/// <summary>The bulk import's prepared inserts must store exactly what EF Core would: the portal reads both through EF.</summary>
public sealed class RowInserterTests
{
    private static SourceFile Source(string sha) => new()
    {
        Sha256 = sha, FileName = $"{sha}.txt", Content = [1, 2, 3], Size = 3, ReceivedAt = new DateTime(2026, 11, 24, 6, 30, 15, 250, DateTimeKind.Utc),
        ReceivedBy = "test", ParserVersion = "1", Status = SourceFileStatus.Imported,
    };

    private static Article Article(int sourceFileId, string hash) => new()
    {
        SourceFileId = sourceFileId, ContentHash = hash, Headline = "范平明会见王毅", Body = "正文", DatePrecision = "day", Layout = "Text",
        Year = 2020, Month = 4, Day = 1, Date = new DateTime(2020, 4, 1), PublishedAt = new DateTime(2020, 4, 1, 9, 5, 0, DateTimeKind.Utc),
        CreatedAt = new DateTime(2026, 11, 24, 6, 30, 15, 123, DateTimeKind.Utc), UpdatedAt = new DateTime(2026, 11, 24, 6, 30, 15, 123, DateTimeKind.Utc),
    };

    [SqliteFact]
    public async Task A_row_written_by_the_inserter_is_stored_as_EF_Core_stores_it_and_gets_its_new_id()
    {
        await using var store = await TestStore.CreateAsync();
        await using (var db = store.NewContext())
        {
            var viaEf = Source("a");
            db.SourceFiles.Add(viaEf);
            await db.SaveChangesAsync();
            db.Articles.Add(Article(viaEf.Id, "a"));
            await db.SaveChangesAsync();
        }

        int insertedSourceId, insertedArticleId;
        await using (var db = store.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var source = Source("b");
            using (var sources = new RowInserter<SourceFile>(db))
            {
                await sources.InsertAsync(source);
            }

            var article = Article(source.Id, "b");
            using (var articles = new RowInserter<Article>(db))
            {
                await articles.InsertAsync(article);
            }

            await transaction.CommitAsync();
            (insertedSourceId, insertedArticleId) = (source.Id, article.Id);
        }

        await using var check = store.NewContext();
        var sourceRows = await StoredValuesAsync(check, "SourceFiles", except: ["Id", "Sha256", "FileName", "ArticleId"], store.IsPostgres);
        var articleRows = await StoredValuesAsync(check, "Articles", except: ["Id", "SourceFileId", "ContentHash"], store.IsPostgres);
        Assert.Equal(2, sourceRows.Count);
        Assert.Equal(sourceRows[0], sourceRows[1]);
        Assert.Equal(articleRows[0], articleRows[1]);
        var read = await check.Articles.AsNoTracking().SingleAsync(a => a.Id == insertedArticleId);
        Assert.Equal((insertedSourceId, "范平明会见王毅", new DateTime(2020, 4, 1)), (read.SourceFileId, read.Headline, read.Date));
    }

    [SqliteFact]
    public async Task On_SQLite_every_table_the_import_fills_is_written_through_SQLites_own_handle()
    {
        await using var store = await TestStore.CreateSqliteAsync();
        await using var db = store.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        using var sources = new RowInserter<SourceFile>(db);
        using var articles = new RowInserter<Article>(db);
        using var officials = new RowInserter<ArticleOfficial>(db);
        using var images = new RowInserter<ArticleImage>(db);
        using var related = new RowInserter<RelatedItem>(db);
        using var countries = new RowInserter<ArticleCountry>(db);
        using var meetings = new RowInserter<Meeting>(db);
        using var links = new RowInserter<MeetingArticle>(db);
        using var participants = new RowInserter<MeetingParticipant>(db);
        Assert.All([sources.BindsOnSqliteHandle, articles.BindsOnSqliteHandle, officials.BindsOnSqliteHandle, images.BindsOnSqliteHandle, related.BindsOnSqliteHandle,
            countries.BindsOnSqliteHandle, meetings.BindsOnSqliteHandle, links.BindsOnSqliteHandle, participants.BindsOnSqliteHandle], Assert.True);
    }

    /// <summary>
    /// Each row of a table as the text of every column but <paramref name="except"/>: on SQLite with its storage class
    /// (typeof), so that a time stored as text or a flag stored as an integer is told apart from any other form.
    /// </summary>
    private static async Task<List<string>> StoredValuesAsync(PortalDbContext db, string table, string[] except, bool postgres)
    {
        var columns = postgres
            ? await db.Database.SqlQuery<string>($"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_name = {table} ORDER BY ordinal_position").ToListAsync()
            : await db.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info({table}) ORDER BY cid").ToListAsync();
        var shown = columns.Where(c => !except.Contains(c)).Select(c => postgres ? $"coalesce(\"{c}\"::text, 'NULL')" : $"typeof(\"{c}\") || ':' || quote(\"{c}\")");
#pragma warning disable EF1002 // column and table names of the store itself, not input
        return await db.Database.SqlQueryRaw<string>($"SELECT {string.Join(" || '|' || ", shown)} AS \"Value\" FROM \"{table}\" ORDER BY \"Id\"").ToListAsync();
#pragma warning restore EF1002
    }
}

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
        var sourceRows = await check.Database.SqlQueryRaw<string>("SELECT Status || '|' || ReceivedAt || '|' || hex(Content) AS Value FROM SourceFiles ORDER BY Id").ToListAsync();
        var articleRows = await check.Database.SqlQueryRaw<string>("SELECT Date || '|' || PublishedAt || '|' || CreatedAt || '|' || IsHidden || '|' || Headline AS Value FROM Articles ORDER BY Id").ToListAsync();
        Assert.Equal(2, sourceRows.Count);
        Assert.Equal(sourceRows[0], sourceRows[1]);
        Assert.Equal(articleRows[0], articleRows[1]);
        var read = await check.Articles.AsNoTracking().SingleAsync(a => a.Id == insertedArticleId);
        Assert.Equal((insertedSourceId, "范平明会见王毅", new DateTime(2020, 4, 1)), (read.SourceFileId, read.Headline, read.Date));
    }
}

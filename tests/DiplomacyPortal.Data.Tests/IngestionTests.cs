using System.Text;
using System.Text.Json;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Tests;

public sealed class IngestionTests
{
    static IngestionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Seeds_import_to_five_articles_with_their_pairs_officials_dates_and_related_items()
    {
        await using var store = await TestStore.CreateAsync();

        var results = await store.ImportSeedsAsync();

        Assert.All(results, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        await using var db = store.NewContext();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Pair, a.Year, a.Month, a.Day, a.DatePrecision, Related = a.RelatedItems.Count, Officials = a.Officials.Select(o => o.Official!.Name).ToList() })
            .ToListAsync();
        Assert.Equal(["CN-VN", "CN-VN", "CN-VN", "CN-VN", "RU-VN"], articles.Select(a => a.Pair));
        Assert.Equal([7, 8, 8, 8, 7], articles.Select(a => a.Related));
        Assert.Equal((2020, 5, 29, "day"), (articles[0].Year, articles[0].Month, articles[0].Day, articles[0].DatePrecision));
        Assert.Equal(((int?)null, 4, 1, "month-day"), (articles[1].Year, articles[1].Month, articles[1].Day, articles[1].DatePrecision));
        Assert.Contains("王毅", articles[1].Officials);
        Assert.Contains("拉夫罗夫", articles[4].Officials);
        Assert.Equal(1, await db.Officials.CountAsync(o => o.Name == "范平明"));
        Assert.Equal(5, await db.SourceFiles.CountAsync(f => f.Status == SourceFileStatus.Imported));
    }

    [Fact]
    public async Task A_second_import_adds_nothing_and_reports_the_duplicates()
    {
        await using var store = await TestStore.CreateAsync();
        var first = await store.ImportSeedsAsync();

        var second = await store.ImportSeedsAsync();

        Assert.All(second, r => Assert.Equal(ImportOutcome.Duplicate, r.Outcome));
        Assert.Equal(first.Select(r => r.ArticleId), second.Select(r => r.ArticleId));
        await using var db = store.NewContext();
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.Equal(5, await db.SourceFiles.CountAsync());
    }

    [Fact]
    public async Task The_same_article_in_another_encoding_is_a_duplicate_and_its_raw_file_is_kept()
    {
        await using var store = await TestStore.CreateAsync();
        var path = TestStore.SeedPaths[1];
        var original = await store.Ingestor.ImportAsync(await File.ReadAllBytesAsync(path), "001.txt", "test");
        var text = await File.ReadAllTextAsync(path);

        var utf16 = await store.Ingestor.ImportAsync([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))], "001-utf16.txt", "test");

        Assert.Equal((ImportOutcome.Duplicate, original.ArticleId), (utf16.Outcome, utf16.ArticleId));
        await using var db = store.NewContext();
        var kept = await db.SourceFiles.SingleAsync(f => f.FileName == "001-utf16.txt");
        Assert.Equal((SourceFileStatus.Duplicate, original.ArticleId, "utf-16le"), (kept.Status, kept.ArticleId, kept.Encoding));
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_gb18030_file_imports_with_the_right_text()
    {
        await using var store = await TestStore.CreateAsync();
        var text = "越老两国外长举行会谈\n\n越通社万象——老挝外交部长通伦·西苏里与越南外交部长范平明举行会谈。(完)\n";

        var result = await store.Ingestor.ImportAsync(Encoding.GetEncoding("GB18030").GetBytes(text), "gb.txt", "test");

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = store.NewContext();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(("越老两国外长举行会谈", "LA-VN"), (article.Headline, article.Pair));
        Assert.Equal("gb18030", (await db.SourceFiles.SingleAsync()).Encoding);
    }

    [Fact]
    public async Task A_corrupt_file_is_stored_as_failed_with_its_reason_and_no_article()
    {
        await using var store = await TestStore.CreateAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        var result = await store.Ingestor.ImportAsync(png, "photo.txt", "test");

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("PNG", result.Reason, StringComparison.Ordinal);
        await using var db = store.NewContext();
        var file = await db.SourceFiles.SingleAsync();
        Assert.Equal((SourceFileStatus.Failed, png.Length), (file.Status, file.Content.Length));
        Assert.Contains("PNG", file.Error, StringComparison.Ordinal);
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Related_items_link_to_full_articles_whichever_is_imported_first()
    {
        await using var store = await TestStore.CreateAsync();
        var related = "越南商品涌入中国边境市场\n\n越通社谅山——越南商品大量进入中国边境市场。(完)\n";
        var seed002 = await File.ReadAllBytesAsync(TestStore.SeedPaths[2]);
        var before = await store.Ingestor.ImportAsync(Encoding.UTF8.GetBytes(related), "related.txt", "test");
        var main = await store.Ingestor.ImportAsync(seed002, "002.txt", "test");
        var after = await store.Ingestor.ImportAsync(Encoding.UTF8.GetBytes("越中携手推进数字化未来\n\n越通社河内——双方推进数字化合作。(完)\n"), "later.txt", "test");

        await using var db = store.NewContext();
        var links = await db.RelatedItems.Where(r => r.ArticleId == main.ArticleId && r.LinkedArticleId != null)
            .Select(r => new { r.Headline, r.LinkedArticleId }).ToListAsync();
        Assert.Contains(links, l => l.LinkedArticleId == before.ArticleId && l.Headline == "越南商品涌入中国边境市场");
        Assert.Contains(links, l => l.LinkedArticleId == after.ArticleId && l.Headline == "越中携手推进数字化未来");
    }

    [Fact]
    public async Task Concurrent_imports_of_the_same_files_give_one_article_each_and_no_lock_errors()
    {
        await using var store = await TestStore.CreateAsync();
        var files = await Task.WhenAll(TestStore.SeedPaths.Select(p => File.ReadAllBytesAsync(p)));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => files.Select((bytes, i) =>
            Task.Run(() => store.Ingestor.ImportAsync(bytes, $"{i}.txt", "test")))));

        Assert.DoesNotContain(results, r => r.Outcome == ImportOutcome.Failed);
        Assert.Equal(5, results.Count(r => r.Outcome == ImportOutcome.Imported));
        await using var db = store.NewContext();
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.Equal(5, await db.SourceFiles.CountAsync());
    }

    [Fact]
    public async Task Reparse_keeps_the_editors_corrections_and_rebuilds_the_rest()
    {
        await using var store = await TestStore.CreateAsync();
        var results = await store.ImportSeedsAsync();
        var id = results[4].ArticleId!.Value;
        await using (var db = store.NewContext())
        {
            db.ArticleOverrides.Add(new ArticleOverride { ArticleId = id, Field = OverrideFields.Pair, Value = JsonSerializer.Serialize("BY-VN"), SetBy = "editor", SetAt = DateTime.UtcNow });
            db.ArticleOverrides.Add(new ArticleOverride { ArticleId = id, Field = OverrideFields.Date, Value = """{"year":2016,"month":11,"day":25}""", SetBy = "editor", SetAt = DateTime.UtcNow });
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.Headline = "damaged by hand";
            await db.SaveChangesAsync();
        }

        var summary = await store.Ingestor.ReparseAllAsync();

        Assert.Equal(new ReparseSummary(5, 0, 0), summary);
        await using var check = store.NewContext();
        var reparsed = await check.Articles.Include(a => a.RelatedItems).SingleAsync(a => a.Id == id);
        Assert.Equal(("BY-VN", 2016, "day"), (reparsed.Pair, reparsed.Year, reparsed.DatePrecision));
        Assert.StartsWith("越南政府副总理", reparsed.Headline, StringComparison.Ordinal);
        Assert.Equal(7, reparsed.RelatedItems.Count);
        Assert.Equal(5, await check.Articles.CountAsync());
    }

    [Fact]
    public async Task Reparse_turns_a_file_that_failed_into_an_article_when_it_now_reads()
    {
        await using var store = await TestStore.CreateAsync();
        await using (var db = store.NewContext())
        {
            var bytes = await File.ReadAllBytesAsync(TestStore.SeedPaths[0]);
            db.SourceFiles.Add(new SourceFile
            {
                Sha256 = "x", FileName = "000.txt", Content = bytes, Size = bytes.Length, ReceivedAt = DateTime.UtcNow, ReceivedBy = "test",
                ParserVersion = "0.1", Status = SourceFileStatus.Failed, Error = "an older parser failed",
            });
            await db.SaveChangesAsync();
        }

        var summary = await store.Ingestor.ReparseAllAsync();

        Assert.Equal(1, summary.Created);
        await using var check = store.NewContext();
        var file = await check.SourceFiles.SingleAsync();
        Assert.Equal((SourceFileStatus.Imported, (string?)null), (file.Status, file.Error));
        Assert.Equal("CN-VN", (await check.Articles.SingleAsync()).Pair);
    }

    [Fact]
    public async Task A_bulk_import_in_batches_answers_every_file_and_stores_what_one_file_at_a_time_stores()
    {
        var seeds = await Task.WhenAll(TestStore.SeedPaths.Select(p => File.ReadAllBytesAsync(p)));
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(Encoding.UTF8.GetString(seeds[1]));
        var files = new List<IncomingFile>
        {
            new("000.txt", seeds[0]),
            new("000-again.txt", seeds[0]),          // the same bytes in the same batch
            new("001.txt", seeds[1]),
            new("broken.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
            new("001-gbk.txt", gbk),                 // the same article in another encoding, in the next batch
            new("002.txt", seeds[2]),
            new("003.txt", seeds[3]),
            new("004.txt", seeds[4]),
        };
        await using var bulk = await TestStore.CreateAsync();
        await using var oneByOne = await TestStore.CreateAsync();
        await oneByOne.ImportSeedsAsync();

        var results = new List<ImportResult>();
        await bulk.Ingestor.ImportManyAsync(files, "test", results.Add, batchSize: 3);

        Assert.Equal(files.Select(f => f.Name), results.Select(r => r.FileName));
        Assert.Equal(
            [ImportOutcome.Imported, ImportOutcome.Duplicate, ImportOutcome.Imported, ImportOutcome.Failed, ImportOutcome.Duplicate, ImportOutcome.Imported, ImportOutcome.Imported, ImportOutcome.Imported],
            results.Select(r => r.Outcome));
        Assert.Equal(results[0].ArticleId, results[1].ArticleId);
        Assert.Equal(results[2].ArticleId, results[4].ArticleId);
        Assert.Equal(await oneByOne.SnapshotAsync(), await bulk.SnapshotAsync());
    }
}

using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Fetching;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Data.Tests;

/// <summary>Pages fetched from the tests' own site into a real store: what is kept with them, and what a changed page does.</summary>
public sealed class WebImporterTests : IAsyncLifetime, IDisposable
{
    private readonly TestSite _site = new(File.ReadAllText(TestStore.SeedPaths[0]));
    private TestStore _store = null!;
    private ServiceProvider _services = null!;

    private WebImporter Web => _services.GetRequiredService<WebImporter>();

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _services = FetchingServicesForTests.Create(_store.Settings);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _store.DisposeAsync();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_fetched_page_is_kept_with_where_it_came_from_and_its_validators()
    {
        var result = await Web.ImportPageAsync(_site.Url("/moved"), "test");

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = _store.NewContext();
        var file = await db.SourceFiles.SingleAsync();
        Assert.Equal((_site.Url("/moved").ToString(), _site.Url("/article.html").ToString(), _site.Url("/article.html").ToString()), (file.FetchedFrom, file.FinalUrl, file.CanonicalUrl));
        Assert.Equal((200, "\"v1\""), (file.HttpStatus, file.ETag));
        Assert.NotNull(file.FetchedAt);
        Assert.Contains(await db.WebFetches.ToListAsync(), f => f.Url == _site.Url("/moved").ToString() && f.Outcome == "imported" && f.ArticleId == result.ArticleId);
    }

    [Fact]
    public async Task A_changed_page_is_a_new_version_of_its_article_with_the_corrections_kept()
    {
        var first = await Web.ImportPageAsync(_site.Url("/article.html"), "test");
        var articleId = first.ArticleId!.Value;
        var editor = _store.Editor;
        await editor.CorrectAsync(articleId, (await editor.CurrentAsync(articleId))! with { MeetingType = "phone-call" }, "test");

        (_site.ArticleHtml, _site.ArticleETag) = (File.ReadAllText(TestStore.SeedPaths[2]), "\"v2\"");
        var second = await Web.ImportPageAsync(_site.Url("/article.html"), "test");
        var third = await Web.ImportPageAsync(_site.Url("/article.html"), "test");

        Assert.Equal((ImportOutcome.Updated, articleId), (second.Outcome, second.ArticleId));
        Assert.Equal(ImportOutcome.Unchanged, third.Outcome);
        await using var db = _store.NewContext();
        var article = await db.Articles.SingleAsync();
        Assert.Equal((articleId, second.SourceFileId), (article.Id, (int?)article.SourceFileId));
        Assert.NotEqual(first.Headline, article.Headline);
        Assert.Equal("phone-call", article.MeetingType);
        var files = await db.SourceFiles.OrderBy(f => f.Id).Select(f => f.Status).ToListAsync();
        Assert.Equal([SourceFileStatus.Superseded, SourceFileStatus.Imported], files);
    }

    [Fact]
    public async Task A_reparse_derives_a_changed_page_s_article_from_its_latest_version_only()
    {
        var first = await Web.ImportPageAsync(_site.Url("/article.html"), "test");
        (_site.ArticleHtml, _site.ArticleETag) = (File.ReadAllText(TestStore.SeedPaths[2]), "\"v2\"");
        var second = await Web.ImportPageAsync(_site.Url("/article.html"), "test");

        var summary = await _store.Ingestor.ReparseAllAsync();

        Assert.Equal(1, summary.Updated);
        await using var db = _store.NewContext();
        var article = await db.Articles.SingleAsync(a => a.Id == first.ArticleId);
        Assert.Equal(second.Headline, article.Headline);
    }

    [Fact]
    public async Task Related_items_are_linked_to_the_pages_their_links_point_to_whichever_comes_first()
    {
        // The listing page names the story it links by an address and a headline of its own wording, so only the
        // address can link them; it is fetched before the story, and another page linking the story after.
        var story = _site.Url("/article.html").ToString();
        var linking = $"<html><head><link rel=\"canonical\" href=\"{_site.Url("/second.txt")}\"></head><body><h1>越老外长举行会谈</h1>"
            + "<div class=\"article__body\"><p>越通社万象5月9日——越南外长与老挝外长举行会谈。(完)</p></div>"
            + $"<div class=\"related-news\"><ul><li><a href=\"{story}\">另一种说法的标题</a></li></ul></div></body></html>";
        var ingestor = _store.Ingestor;
        var first = (await ingestor.ImportBatchAsync([new IncomingFile("linking.html", System.Text.Encoding.UTF8.GetBytes(linking))], "test"))[0];

        var target = await Web.ImportPageAsync(_site.Url("/article.html"), "test");
        var second = (await ingestor.ImportBatchAsync([new IncomingFile("linking-again.html", System.Text.Encoding.UTF8.GetBytes(linking.Replace("越老外长", "越老两国外长", StringComparison.Ordinal)))], "test"))[0];

        await using var db = _store.NewContext();
        var links = await db.RelatedItems.Where(r => r.Url == story).OrderBy(r => r.ArticleId).Select(r => new { r.ArticleId, r.LinkedArticleId }).ToListAsync();
        Assert.Equal([(first.ArticleId, target.ArticleId), (second.ArticleId, target.ArticleId)], links.Select(l => ((int?)l.ArticleId, l.LinkedArticleId)));
    }
}

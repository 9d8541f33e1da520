using System.Text;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Pages;

public sealed class OriginalPageLinkTests
{
    [Fact]
    public async Task An_article_fetched_from_the_web_links_to_its_canonical_page_and_one_from_a_file_does_not()
    {
        await using var portal = new PortalFactory();
        var ingestor = portal.Services.GetRequiredService<ArticleIngestor>();
        var origin = new PageOrigin("https://example.org/m/1?utm=x", "https://example.org/m/1", "https://example.org/news/1.vnp", 200, DateTime.UtcNow, "\"e1\"", null);
        var fetched = (await ingestor.ImportBatchAsync([new IncomingFile("https://example.org/m/1", Encoding.UTF8.GetBytes("越柬外长举行会谈\n\n越通社金边——越南外长与柬埔寨外长举行会谈。(完)\n"), origin)], "test"))[0];
        var fromFile = await ingestor.ImportAsync(Encoding.UTF8.GetBytes("越泰外长举行会谈\n\n越通社曼谷——越南外长与泰国外长举行会谈。(完)\n"), "thai.txt", "test");

        var fetchedPage = await portal.GetDocumentAsync($"/articles/{fetched.ArticleId}");
        var filePage = await portal.GetDocumentAsync($"/articles/{fromFile.ArticleId}");

        Assert.Equal("https://example.org/news/1.vnp", fetchedPage.QuerySelector("#original-url")!.GetAttribute("href"));
        Assert.Null(filePage.QuerySelector("#original-url"));
    }
}

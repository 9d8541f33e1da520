using System.Text;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Pages;

public sealed class OutputEncodingTests
{
    [Fact]
    public async Task Markup_inside_an_article_shows_as_text_and_never_runs()
    {
        await using var portal = new PortalFactory();
        var ingestor = portal.Services.GetRequiredService<ArticleIngestor>();
        var text = "越老外长<script>alert('x')</script>举行会谈\n\n越通社万象——双方表示<img src=x onerror=alert(1)>将加强合作。(完)\n";
        var result = await ingestor.ImportAsync(Encoding.UTF8.GetBytes(text), "hostile.txt", "test");

        var page = await portal.GetDocumentAsync($"/articles/{result.ArticleId}");
        var search = await portal.GetDocumentAsync("/search?q=%E5%A4%96%E9%95%BF");

        Assert.Equal("越老外长<script>alert('x')</script>举行会谈", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("main img"));
        Assert.Contains(page.QuerySelectorAll(".article-body p"), p => p.TextContent.Contains("<img src=x onerror=alert(1)>", StringComparison.Ordinal));
        Assert.DoesNotContain(search.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Contains(search.QuerySelectorAll("mark"), m => m.TextContent == "外长");
    }
}

namespace DiplomacyPortal.Web.Tests.Pages;

[Collection(nameof(SharedPortal))]
public sealed class SearchTests(PortalFactory portal)
{
    [Fact]
    public async Task Wang_yi_finds_seeds_001_and_002_and_not_000_with_the_match_highlighted()
    {
        var page = await portal.GetDocumentAsync("/search?q=王毅");

        var results = page.QuerySelectorAll("#search-results > li");
        Assert.Equal(2, results.Length);
        var headlines = results.Select(r => r.QuerySelector("a")!.TextContent).ToList();
        Assert.Contains("越中两国外交部长举行会谈", headlines);
        Assert.Contains("越中增强政治互信,务实合作", headlines);
        Assert.All(results, r => Assert.Contains(r.QuerySelectorAll("mark"), m => m.TextContent == "王毅"));
    }

    [Theory]
    [InlineData("Pham Binh Minh", 3)]
    [InlineData("Phạm Bình Minh", 3)]
    [InlineData("全面战略合作伙伴关系", 3)]
    [InlineData("东海", 3)]
    public async Task Chinese_words_and_romanised_names_find_articles(string query, int expected)
    {
        var page = await portal.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(expected, page.QuerySelectorAll("#search-results > li").Length);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("王毅 AND")]
    [InlineData("(((")]
    [InlineData("*")]
    [InlineData("NOT OR")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Malformed_queries_answer_with_a_page_not_an_error(string query)
    {
        var page = await portal.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.NotNull(page.QuerySelector("#result-count"));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
    }
}

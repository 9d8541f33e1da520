namespace DiplomacyPortal.Web.Tests.Pages;

[Collection(nameof(SharedPortal))]
public sealed class LanguageTests(PortalFactory portal)
{
    [Fact]
    public async Task The_interface_speaks_chinese_by_default()
    {
        var page = await portal.GetDocumentAsync("/pairs");

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("双边关系", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#pairs a"), a => a.TextContent == "越南–中国");
    }

    [Fact]
    public async Task English_on_request_translates_the_interface_and_country_names_but_not_the_articles()
    {
        var pairs = await portal.GetDocumentAsync("/pairs?culture=en");
        var article = await portal.GetDocumentAsync("/articles?culture=en&pair=RU-VN");

        Assert.Equal("en", pairs.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Country pairs", pairs.QuerySelector("h1")!.TextContent);
        Assert.Contains(pairs.QuerySelectorAll("#pairs a"), a => a.TextContent == "Vietnam–China");
        Assert.Contains(article.QuerySelectorAll(".article-list a"), a => a.TextContent == "越南政府副总理兼外交部部长范平明与俄罗斯外交部部长举行会谈");
        Assert.Contains(article.QuerySelectorAll(".article-list .small"), s => s.TextContent.Contains("November 25, year unknown", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_English_an_official_is_shown_by_the_romanised_name_with_the_chinese_beside_it()
    {
        var english = await portal.GetDocumentAsync("/?culture=en");
        var chinese = await portal.GetDocumentAsync("/?culture=zh-CN");

        var minh = english.QuerySelectorAll("a").Single(a => a.TextContent.Contains("范平明", StringComparison.Ordinal) && a.GetAttribute("href")!.StartsWith("/officials/", StringComparison.Ordinal));
        Assert.Equal("Phạm Bình Minh", minh.QuerySelector(".official-roman")!.TextContent);
        Assert.Equal("zh", minh.QuerySelector("small")!.GetAttribute("lang"));
        Assert.Contains(chinese.QuerySelectorAll("a"), a => a.TextContent == "范平明");
    }

    [Fact]
    public async Task In_English_filter_chips_page_titles_and_feed_links_name_the_official_in_Latin_letters()
    {
        var officials = System.Text.Json.JsonDocument.Parse(await portal.CreateClient().GetStringAsync(new Uri("/api/v1/officials?q=%E7%8E%8B%E6%AF%85", UriKind.Relative))).RootElement;
        var id = officials.EnumerateArray().Single().GetProperty("id").GetInt32();

        var articles = await portal.GetDocumentAsync($"/articles?culture=en&official={id}");
        var meetings = await portal.GetDocumentAsync($"/meetings?culture=en&official={id}");
        var official = await portal.GetDocumentAsync($"/officials/{id}?culture=en");
        var chinese = await portal.GetDocumentAsync($"/officials/{id}?culture=zh-CN");

        Assert.Contains(articles.QuerySelectorAll("a.chip"), a => a.QuerySelector(".official-roman")?.TextContent == "Wang Yi");
        Assert.Contains(meetings.QuerySelectorAll("a.chip"), a => a.QuerySelector(".official-roman")?.TextContent == "Wang Yi");
        Assert.StartsWith("Wang Yi (王毅)", official.Title, StringComparison.Ordinal);
        Assert.Equal($"/feeds/officials/{id}?culture=en", official.QuerySelector("#official-feed")!.GetAttribute("href"));
        Assert.Equal($"/feeds/officials/{id}", chinese.QuerySelector("#official-feed")!.GetAttribute("href"));
    }

    [Fact]
    public async Task On_an_English_page_the_articles_chinese_text_is_marked_as_chinese()
    {
        var list = await portal.GetDocumentAsync("/articles?culture=en&pair=RU-VN");
        var link = list.QuerySelector(".article-list a.fw-semibold")!;
        var article = await portal.GetDocumentAsync(link.GetAttribute("href")! + "?culture=en");

        Assert.Equal("zh", link.GetAttribute("lang"));
        Assert.Equal("zh", article.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("zh", article.QuerySelector(".article-body")!.GetAttribute("lang"));
        Assert.All(article.QuerySelectorAll(".official-chip"), chip => Assert.Equal("zh", chip.QuerySelector("span[lang]")!.GetAttribute("lang")));
    }

    [Fact]
    public async Task The_chosen_language_is_kept_in_a_cookie()
    {
        using var client = portal.CreateClient();

        var first = await client.GetAsync(new Uri("/?culture=en", UriKind.Relative));
        var next = await client.GetStringAsync(new Uri("/officials", UriKind.Relative));

        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<h1 class=\"h3\">Officials</h1>", next, StringComparison.Ordinal);
    }
}

using System.Net;
using AngleSharp.Html.Dom;

namespace DiplomacyPortal.Web.Tests.Pages;

[Collection(nameof(SharedPortal))]
public sealed class BrowsingTests(PortalFactory portal)
{
    private static List<string> Headlines(IHtmlDocument document, string listSelector = ".article-list") =>
        document.QuerySelectorAll($"{listSelector} li a.fw-semibold").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Home_shows_the_latest_articles_the_top_pairs_and_officials()
    {
        var page = await portal.GetDocumentAsync("/");

        Assert.Equal(5, Headlines(page).Count);
        var pairs = page.QuerySelectorAll("#top-pairs li").Select(li => li.TextContent).ToList();
        Assert.Contains(pairs, p => p.Contains("越南–中国", StringComparison.Ordinal) && p.Contains('4', StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("#top-officials a"), a => a.TextContent == "范平明");
        Assert.NotNull(page.QuerySelector("#articles svg.chart"));
    }

    [Fact]
    public async Task The_pair_filter_narrows_the_list_and_the_facet_counts_add_up()
    {
        var all = await portal.GetDocumentAsync("/articles");
        var russia = await portal.GetDocumentAsync("/articles?pair=RU-VN");

        Assert.Equal(5, Headlines(all).Count);
        Assert.Equal(["越南政府副总理兼外交部部长范平明与俄罗斯外交部部长举行会谈"], Headlines(russia));
        var counts = all.QuerySelectorAll("#facet-pair .facet-count").Select(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, counts.Sum());
        Assert.Equal([4, 1], counts);
    }

    [Fact]
    public async Task Partner_and_official_facets_count_under_the_other_filters_and_link_to_the_narrowed_list()
    {
        var page = await portal.GetDocumentAsync("/articles?type=talks");

        var partners = page.QuerySelectorAll("#facet-country li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, partners.Count);
        Assert.Contains(partners, p => p.StartsWith("中国", StringComparison.Ordinal) && p.EndsWith('1'));
        Assert.Contains(partners, p => p.StartsWith("俄罗斯", StringComparison.Ordinal) && p.EndsWith('1'));
        var minh = page.QuerySelectorAll("#facet-official a").Single(a => a.TextContent == "范平明");
        var narrowed = await portal.GetDocumentAsync(minh.GetAttribute("href")!);
        Assert.Equal(2, Headlines(narrowed).Count);
    }

    [Theory]
    [InlineData("/articles?type=talks", 2)]
    [InlineData("/articles?type=phone-call", 1)]
    [InlineData("/articles?year=2020", 2)]
    [InlineData("/articles?year=unknown", 2)]
    [InlineData("/articles?from=2020-04-01&to=2020-04-30", 1)]
    [InlineData("/articles?country=CN", 4)]
    [InlineData("/articles?pair=CN-VN&type=visit", 1)]
    [InlineData("/articles?pair=VN-CN&year=2020", 2)]
    public async Task Filters_narrow_the_list(string url, int expected) =>
        Assert.Equal(expected, Headlines(await portal.GetDocumentAsync(url)).Count);

    [Fact]
    public async Task Bad_filter_values_are_explained_and_ignored()
    {
        var page = await portal.GetDocumentAsync("/articles?pair=XYZ&from=yesterday&page=-3");

        Assert.Equal(3, page.QuerySelectorAll(".alert-warning").Length);
        Assert.Equal(5, Headlines(page).Count);
    }

    [Fact]
    public async Task The_article_page_shows_date_precision_chips_body_and_related_items()
    {
        var list = await portal.GetDocumentAsync("/articles?q=越中两国外交部长举行会谈");
        var link = list.QuerySelector(".article-list a")!.GetAttribute("href")!;

        var page = await portal.GetDocumentAsync(link);

        Assert.Equal("越中两国外交部长举行会谈", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("4月1日（年份不详）", page.QuerySelector("#article-date")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".official-chip"), c => c.TextContent.Contains("国务委员兼外交部长 王毅", StringComparison.Ordinal));
        Assert.Equal(8, page.QuerySelectorAll("#related li").Length);
        Assert.True(page.QuerySelectorAll(".article-body p").Length >= 7);
    }

    [Fact]
    public async Task The_pair_page_lists_its_articles_and_officials_of_each_side()
    {
        var page = await portal.GetDocumentAsync("/pairs/RU-VN");

        Assert.Equal("越南–俄罗斯", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("越南政府副总理兼外交部部长范平明与俄罗斯外交部部长举行会谈", Headlines(page));
        Assert.Contains(page.QuerySelectorAll(".officials-RU a"), a => a.TextContent == "拉夫罗夫");
        Assert.Contains(page.QuerySelectorAll(".officials-VN a"), a => a.TextContent == "范平明");
    }

    [Fact]
    public async Task The_other_order_of_a_pair_redirects_and_an_unknown_pair_is_not_found()
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var redirect = await client.GetAsync(new Uri("/pairs/VN-RU", UriKind.Relative));
        var unknown = await client.GetAsync(new Uri("/pairs/FR-VN", UriKind.Relative));
        var nonsense = await client.GetAsync(new Uri("/pairs/hello", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/pairs/RU-VN", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nonsense.StatusCode);
        Assert.Contains("页面不存在", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/99999")]
    [InlineData("/officials/99999")]
    [InlineData("/countries/XX")]
    [InlineData("/no-such-page")]
    public async Task Unknown_ids_are_friendly_404_pages(string url)
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_official_page_lists_titles_counterparts_and_articles()
    {
        var officials = await portal.GetDocumentAsync("/officials?name=王毅");
        var link = officials.QuerySelector(".officials a")!.GetAttribute("href")!;

        var page = await portal.GetDocumentAsync(link);

        Assert.StartsWith("王毅", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wang Yi", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, Headlines(page, "#official-articles").Count);
        Assert.Contains(page.QuerySelectorAll("#counterparts a"), a => a.TextContent == "范平明");
        Assert.Contains(page.QuerySelectorAll("#titles td"), td => td.TextContent == "国务委员兼外交部长");
    }

    [Fact]
    public async Task The_date_archive_counts_years_and_lists_unknown_years()
    {
        var page = await portal.GetDocumentAsync("/dates");
        var chips = page.QuerySelectorAll("#archive a").Select(a => a.TextContent).ToList();

        Assert.Contains(chips, c => c.StartsWith("2020年", StringComparison.Ordinal) && c.Contains('2', StringComparison.Ordinal));
        Assert.Contains(chips, c => c.StartsWith("年份不详", StringComparison.Ordinal));
        Assert.Equal(2, Headlines(await portal.GetDocumentAsync("/dates/2020")).Count);
    }

    [Fact]
    public async Task The_country_page_lists_its_pairs_and_officials()
    {
        var page = await portal.GetDocumentAsync("/countries/RU");

        Assert.Contains(page.QuerySelectorAll("#country-pairs a"), a => a.TextContent == "越南–俄罗斯");
        Assert.Contains(page.QuerySelectorAll("#country-officials a"), a => a.TextContent == "拉夫罗夫");
    }

    [Fact]
    public async Task The_home_summary_is_served_from_memory_on_the_next_visit()
    {
        await portal.GetDocumentAsync("/");
        portal.Commands.Reset();

        await portal.GetDocumentAsync("/");

        Assert.Equal(0, portal.Commands.Count);
    }

    // The pair page gathers the most: its articles, meetings, officials of each side, documents and level.
    [Theory]
    [InlineData("/articles?pageSize=5", 12)]
    [InlineData("/articles?pageSize=200&q=越南", 12)]
    [InlineData("/pairs/CN-VN", 18)]
    [InlineData("/officials", 12)]
    [InlineData("/search?q=王毅", 12)]
    [InlineData("/meetings?pageSize=200", 12)]
    [InlineData("/agreements?pageSize=200", 12)]
    [InlineData("/frameworks", 4)]
    [InlineData("/compare?pair=CN-VN&pair=RU-VN", 6)]
    [InlineData("/network", 6)]
    [InlineData("/network?view=countries", 4)]
    [InlineData("/api/v1/articles?pageSize=200", 12)]
    [InlineData("/api/v1/meetings?pageSize=200", 12)]
    [InlineData("/api/v1/network", 6)]
    public async Task Each_page_sends_a_bounded_number_of_queries(string url, int most)
    {
        using var client = portal.CreateClient();
        (await client.GetAsync(new Uri(url, UriKind.Relative))).EnsureSuccessStatusCode();
        portal.Commands.Reset();

        (await client.GetAsync(new Uri(url, UriKind.Relative))).EnsureSuccessStatusCode();

        Assert.InRange(portal.Commands.Count, 1, most);
    }
}

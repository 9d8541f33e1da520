using AngleSharp.Dom;

namespace DiplomacyPortal.Web.Tests.Pages;

[Collection(nameof(SharedPortal))]
public sealed class ChartPageTests(PortalFactory portal)
{
    /// <summary>The series a chart shows, from the header of its table (the first column is the years).</summary>
    private static List<string> Series(IElement chart) =>
        chart.QuerySelectorAll("details table thead th").Skip(1).Select(th => th.TextContent).ToList();

    [Fact]
    public async Task The_pair_page_shows_meetings_per_year_stacked_by_type_with_the_numbers_as_a_table()
    {
        var page = await portal.GetDocumentAsync("/pairs/CN-VN");

        var chart = page.QuerySelector("#pair-meetings")!;
        var svg = chart.QuerySelector("svg[role=img]")!;
        Assert.Contains("每年会晤次数（按类型）", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        var headers = chart.QuerySelectorAll("details table thead th").Select(th => th.TextContent).ToList();
        Assert.Equal("年份", headers[0]);
        Assert.True(headers.Count >= 2, "a column per meeting type");
        var cells = chart.QuerySelectorAll("details table tbody td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(cells.Count(c => c > 0), svg.QuerySelectorAll("rect.chart-bar").Length);
        Assert.Equal("/charts/pair-meetings.svg?pair=CN-VN&culture=zh-CN", chart.QuerySelector("a.chart-svg")!.GetAttribute("href"));
        Assert.Equal("/compare?pair=CN-VN", page.QuerySelector("#compare-pair")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_article_timelines_have_axes_and_a_table()
    {
        var page = await portal.GetDocumentAsync("/pairs/CN-VN");

        var timeline = page.QuerySelector("#articles-pair-CN-VN")!;
        Assert.NotEmpty(timeline.QuerySelectorAll("svg .chart-tick"));
        Assert.NotEmpty(timeline.QuerySelectorAll("svg line.chart-axis"));
        Assert.NotEmpty(timeline.QuerySelectorAll("details table tbody tr"));
    }

    [Fact]
    public async Task Comparing_two_pairs_shows_both_in_each_chart_and_says_what_a_top_level_visit_is()
    {
        var page = await portal.GetDocumentAsync("/compare?pair=VN-CN&pair=VN-RU");

        Assert.Empty(page.QuerySelectorAll(".alert-warning"));
        Assert.Equal(["越南–中国", "越南–俄罗斯"], Series(page.QuerySelector("#compare-meetings")!));
        Assert.Equal(["越南–中国", "越南–俄罗斯"], Series(page.QuerySelector("#compare-visits")!));
        Assert.Equal(["越南–中国", "越南–俄罗斯"], page.QuerySelectorAll("#compare-meetings svg .chart-legend").Select(t => t.TextContent));
        Assert.Contains("国家主席", page.QuerySelector("#top-level-definition")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["CN-VN", "RU-VN", "", ""], page.QuerySelectorAll("#compare-form select").Select(s => ((AngleSharp.Html.Dom.IHtmlSelectElement)s).Value).ToList());
        Assert.All(page.QuerySelectorAll("#compare-form select"), s => Assert.NotNull(page.QuerySelector($"label[for={s.Id}]")));
    }

    [Fact]
    public async Task Comparing_five_pairs_says_at_most_four_are_compared()
    {
        var page = await portal.GetDocumentAsync("/compare?pair=VN-CN&pair=VN-RU&pair=VN-CN&pair=VN-RU&pair=VN-LA");

        Assert.Contains(page.QuerySelectorAll(".alert-warning"), a => a.TextContent == "最多比较四个国家对；只显示前四个。");
        Assert.Equal(["越南–中国", "越南–俄罗斯"], Series(page.QuerySelector("#compare-meetings")!));
    }

    [Fact]
    public async Task An_unknown_or_misspelt_pair_is_explained_not_a_crash()
    {
        var page = await portal.GetDocumentAsync("/compare?pair=VN-XX&pair=nonsense&pair=CN-VN");

        Assert.Equal(2, page.QuerySelectorAll(".alert-warning").Length);
        Assert.Equal(["越南–中国"], Series(page.QuerySelector("#compare-meetings")!));
    }

    [Fact]
    public async Task The_pairs_list_links_to_the_comparison()
    {
        var page = await portal.GetDocumentAsync("/pairs");

        Assert.Equal("/compare", page.QuerySelector("#compare-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task In_english_the_comparison_and_its_charts_are_in_english()
    {
        var page = await portal.GetDocumentAsync("/compare?pair=CN-VN&pair=RU-VN&culture=en");

        Assert.Equal("Compare pairs", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Meetings per year", page.QuerySelector("#compare-meetings svg")!.GetAttribute("aria-label"));
        Assert.Equal(["Vietnam–China", "Vietnam–Russia"], Series(page.QuerySelector("#compare-visits")!));
        Assert.EndsWith("culture=en", page.QuerySelector("#compare-visits a.chart-csv")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}

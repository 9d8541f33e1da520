namespace DiplomacyPortal.Web.Tests.Pages;

[Collection(nameof(SharedPortal))]
public sealed class MeetingPageTests(PortalFactory portal)
{
    [Fact]
    public async Task The_meetings_page_lists_who_met_whom_and_links_the_exports()
    {
        var page = await portal.GetDocumentAsync("/meetings?pair=RU-VN");

        var meeting = page.QuerySelectorAll(".meeting-list > li").Single();
        Assert.Contains("俄罗斯", meeting.QuerySelector(".meeting-direction")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["俄罗斯 · 外交部部长 拉夫罗夫", "越南 · 政府副总理兼外交部部长 范平明"], meeting.QuerySelectorAll(".participant").Select(p => p.TextContent.Trim()));
        Assert.Equal("/meetings/export.csv?pair=RU-VN", page.QuerySelector("#export-csv")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_pair_page_shows_its_latest_meetings()
    {
        var page = await portal.GetDocumentAsync("/pairs/CN-VN");

        Assert.Equal(4, page.QuerySelectorAll("#latest-meetings .meeting-list > li").Length);
        Assert.Equal("/feeds/pairs/CN-VN", page.QuerySelector("#pair-feed")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_official_page_counts_counterparts_by_meetings()
    {
        var list = await portal.GetDocumentAsync("/officials?name=%E8%8C%83%E5%B9%B3%E6%98%8E");
        var link = list.QuerySelectorAll("a.chip").First(a => a.TextContent.StartsWith("范平明", StringComparison.Ordinal)).GetAttribute("href")!;

        var page = await portal.GetDocumentAsync(link);

        var wang = page.QuerySelectorAll("#counterparts li").Single(li => li.TextContent.Contains("王毅", StringComparison.Ordinal));
        Assert.Equal("2", wang.QuerySelector(".badge")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#official-meetings .meeting-list > li").Length);
    }
}

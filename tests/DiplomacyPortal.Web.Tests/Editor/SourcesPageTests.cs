using System.Net;

namespace DiplomacyPortal.Web.Tests.Editor;

/// <summary>
/// The editors' page of web sources. Its addresses are on 127.0.0.1, which the portal's fetcher refuses by default, so
/// a source the poller picks up fails at once and nothing leaves the machine.
/// </summary>
[Collection(nameof(SharedPortal))]
public sealed class SourcesPageTests(PortalFactory portal)
{
    private const string Page = "/editor/sources";

    [Fact]
    public async Task An_editor_sees_the_example_feed_paused()
    {
        using var client = await portal.SignedInAsync("editor");

        var rows = (await client.GetDocumentAsync(Page)).QuerySelectorAll("#sources tbody tr");

        Assert.Contains(rows, r => r.TextContent.Contains("https://zh.vietnamplus.vn/rss/home.rss", StringComparison.Ordinal) && r.TextContent.Contains("已暂停", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_added_source_is_listed_and_can_be_paused()
    {
        using var client = await portal.SignedInAsync("editor");
        var url = $"http://127.0.0.1:9/{Guid.NewGuid():N}.rss";

        var added = await client.PostFormAsync(Page + "?handler=Add", new() { ["NewUrl"] = url, ["NewPollMinutes"] = "30" }, Page);
        var addedPage = await added.DocumentAsync();
        var id = addedPage.QuerySelectorAll("#sources tbody tr").Single(r => r.TextContent.Contains(url, StringComparison.Ordinal)).QuerySelector("td")!.TextContent.Trim();
        var paused = await client.PostFormAsync($"{Page}?handler=Pause&id={id}", [], Page);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(url, addedPage.QuerySelector("#source-result")!.TextContent, StringComparison.Ordinal);
        var row = (await paused.DocumentAsync()).QuerySelectorAll("#sources tbody tr").Single(r => r.TextContent.Contains(url, StringComparison.Ordinal));
        Assert.Contains("已暂停", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("30", row.QuerySelector("input[name=minutes]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "60", "is not an http or https address")]
    [InlineData("http://127.0.0.1:9/too-often.rss", "2", "every 5 minutes at the most often")]
    public async Task A_source_that_cannot_be_added_is_refused_with_the_reason_and_not_listed(string url, string minutes, string reason)
    {
        using var client = await portal.SignedInAsync("editor");

        var response = await client.PostFormAsync(Page + "?handler=Add", new() { ["NewUrl"] = url, ["NewPollMinutes"] = minutes }, Page);
        var page = await response.DocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, page.QuerySelector("#source-result")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("#sources tbody tr"), r => r.TextContent.Contains(url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changing_a_source_that_does_not_exist_says_so()
    {
        using var client = await portal.SignedInAsync("editor");

        var response = await client.PostFormAsync($"{Page}?handler=Poll&id=999999", [], Page);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no source #999999.", (await response.DocumentAsync()).QuerySelector("#source-result")!.TextContent, StringComparison.Ordinal);
    }
}

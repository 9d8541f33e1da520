using System.Net;
using System.Text;
using System.Text.Json;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Pages;

/// <summary>The documents signed and the levels of relationships, through the pages, the API and the downloads.</summary>
public sealed class AgreementPageTests : IAsyncLifetime, IDisposable
{
    private readonly PortalFactory _portal = new();
    private int _signingArticle;

    public async Task InitializeAsync()
    {
        using var client = _portal.CreateClient(); // starts the portal, which imports the seeds
        var article = Encoding.UTF8.GetBytes("越南与澳大利亚签署领事协定\n\n越通社堪培拉2024年3月7日——越南政府总理范明政与澳大利亚总理安东尼·阿尔巴尼斯举行会谈。会谈后，两国总理宣布将两国关系提升为全面战略伙伴关系，并见证了两国外长签署《领事协定》和《2024-2027年行动计划》。(完)\n");
        var result = await _portal.Services.GetRequiredService<ArticleIngestor>().ImportAsync(article, "au.txt", "test");
        _signingArticle = result.ArticleId!.Value;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task The_agreements_page_lists_each_document_with_its_kind_date_and_reporting_article()
    {
        var page = await _portal.GetDocumentAsync("/agreements?pair=AU-VN");

        var titles = page.QuerySelectorAll(".agreement-title").Select(t => t.TextContent).ToList();
        Assert.Equal(["2024-2027年行动计划", "领事协定"], titles.Order(StringComparer.Ordinal));
        Assert.All(page.QuerySelectorAll(".agreement-list > li"), item => Assert.NotNull(item.QuerySelector($"a.agreement-article[href='/articles/{_signingArticle}']")));
        Assert.Contains("2024年3月7日", page.QuerySelector(".agreement-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kind_filter_keeps_that_kind_and_its_facet_links_narrow_the_list()
    {
        var plans = await _portal.GetDocumentAsync("/agreements?pair=AU-VN&kind=plan");

        Assert.Equal(["2024-2027年行动计划"], plans.QuerySelectorAll(".agreement-title").Select(t => t.TextContent));
        Assert.Contains(plans.QuerySelectorAll("#kind-facet a"), a => a.GetAttribute("href") == "/agreements?pair=AU-VN&kind=agreement");
    }

    [Fact]
    public async Task An_unknown_kind_is_named_on_the_page_and_refused_by_the_api()
    {
        var page = await _portal.GetDocumentAsync("/agreements?kind=contract");
        using var client = _portal.CreateClient();
        var api = await client.GetAsync(new Uri("/api/v1/agreements?kind=contract", UriKind.Relative));

        Assert.Contains("contract", page.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Fact]
    public async Task The_api_and_the_downloads_give_the_same_agreements()
    {
        using var client = _portal.CreateClient();
        using var api = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/agreements?pair=AU-VN", UriKind.Relative)));
        var csv = await client.GetStringAsync(new Uri("/agreements/export.csv?pair=AU-VN", UriKind.Relative));
        var jsonl = await client.GetStringAsync(new Uri("/agreements/export.jsonl?pair=AU-VN", UriKind.Relative));

        var titles = api.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Equal(2, titles.Count);
        Assert.StartsWith("agreement_id,title,kind,date", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.All(titles, title => Assert.Contains(title!, csv, StringComparison.Ordinal));
        Assert.Equal(2, jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_article_page_lists_its_documents()
    {
        var page = await _portal.GetDocumentAsync($"/articles/{_signingArticle}");

        Assert.Equal(2, page.QuerySelectorAll("#article-agreements .agreement-title").Length);
    }

    [Fact]
    public async Task The_frameworks_table_gives_the_upgraded_level_and_its_date_and_unknown_where_nothing_is_said()
    {
        var page = await _portal.GetDocumentAsync("/frameworks");

        var australia = page.QuerySelector("#framework-AU")!;
        Assert.Equal("全面战略伙伴关系", australia.QuerySelector(".framework-level")!.TextContent);
        Assert.Equal("2024年3月7日", australia.QuerySelector(".framework-since")!.TextContent);
        Assert.NotNull(australia.QuerySelector($"a.framework-article[href='/articles/{_signingArticle}']"));
        Assert.Equal("不详", page.QuerySelector("#framework-RU .framework-since")!.TextContent);
    }

    [Fact]
    public async Task The_pair_page_shows_the_level_and_the_documents_signed()
    {
        var page = await _portal.GetDocumentAsync("/pairs/AU-VN");

        Assert.Equal("全面战略伙伴关系", page.QuerySelector("#framework-level")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#latest-agreements .agreement-title").Length);
    }

    [Fact]
    public async Task The_frameworks_api_and_download_have_a_row_per_partner()
    {
        using var client = _portal.CreateClient();
        using var api = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/frameworks", UriKind.Relative)));
        var csv = await client.GetStringAsync(new Uri("/frameworks/export.csv", UriKind.Relative));

        var australia = api.RootElement.EnumerateArray().Single(f => f.GetProperty("country").GetString() == "AU");
        Assert.Equal(("comprehensive-strategic", 2024), (australia.GetProperty("level").GetString(), australia.GetProperty("sinceYear").GetInt32()));
        Assert.Contains($"AU,comprehensive-strategic,2024-03-07,unknown,{_signingArticle}", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_meeting_page_lists_the_documents_signed_at_the_meeting()
    {
        using var client = _portal.CreateClient();
        using var meetings = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/meetings?pair=AU-VN", UriKind.Relative)));
        var id = meetings.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32();

        var page = await _portal.GetDocumentAsync($"/meetings/{id}");

        Assert.Equal(2, page.QuerySelectorAll("#meeting-agreements .agreement-title").Length);
    }
}

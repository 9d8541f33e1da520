using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Pages;

/// <summary>Who met whom: the network page, its table, the GEXF and GraphML downloads and the API, on the sample articles.</summary>
public sealed class NetworkPageTests : IAsyncLifetime, IDisposable
{
    private const string Hostile = "<b>\"&'王</b>]]>";
    private const string HostileLatin = "A & B <script>";

    private readonly PortalFactory _portal = new();

    public async Task InitializeAsync()
    {
        using var client = _portal.CreateClient(); // starts the portal, which imports the seeds

        // A meeting in a year of its own between officials whose names a hostile file could have brought in.
        await using var db = await _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.Meetings.Add(new Meeting
        {
            Pair = "LA-VN", Type = "talks", DatePrecision = "year", Year = 2031,
            Participants =
            [
                new() { Official = new Official { Name = Hostile, CountryCode = "LA" }, CountryCode = "LA" },
                new() { Official = new Official { Name = "越方官员", LatinName = HostileLatin, CountryCode = "VN" }, CountryCode = "VN" },
            ],
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _portal.Dispose();

    /// <summary>The table's rows as (first, second, meetings), the two names in order.</summary>
    private static List<(string, string, int)> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("#network-edges tr.network-edge").Select(row =>
        {
            var names = row.QuerySelectorAll("a.network-official, a.network-country").Select(a => a.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
            return (names[0], names[1], int.Parse(row.QuerySelector(".network-weight")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();

    [Fact]
    public async Task The_page_tabulates_the_officials_who_met_with_their_shared_meetings_and_links_them()
    {
        var page = await _portal.GetDocumentAsync("/network");

        var rows = Rows(page);
        Assert.Contains(("王毅", "范平明", 2), rows);
        Assert.Contains(("拉夫罗夫", "范平明", 1), rows);
        Assert.Contains(("李克强", "阮春福", 1), rows);
        var lavrov = page.QuerySelectorAll("#network-edges tr").Single(r => r.TextContent.Contains("拉夫罗夫", StringComparison.Ordinal));
        Assert.NotNull(lavrov.QuerySelector("a.network-pair[href='/pairs/RU-VN']"));
        Assert.StartsWith("/officials/", lavrov.QuerySelector("a.network-official")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("figure #network-graph[data-graph]"));
        Assert.NotNull(page.QuerySelector("figcaption#network-caption"));
        var scripts = page.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? "inline").ToList();
        Assert.Contains(scripts, s => s.StartsWith("/js/network", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.StartsWith("/lib/cytoscape/cytoscape", StringComparison.Ordinal));
        Assert.DoesNotContain("inline", scripts);
    }

    [Fact]
    public async Task The_country_and_type_filters_narrow_the_meetings_drawn()
    {
        var russia = await _portal.GetDocumentAsync("/network?country=RU");
        var calls = await _portal.GetDocumentAsync("/network?type=phone-call");
        var later = await _portal.GetDocumentAsync("/network?fromYear=2031");

        Assert.Equal([("拉夫罗夫", "范平明", 1)], Rows(russia));
        Assert.Equal([("李克强", "阮春福", 1)], Rows(calls));
        Assert.Single(Rows(later));
    }

    [Fact]
    public async Task The_countries_view_links_the_countries_of_each_pair_by_its_meetings()
    {
        var page = await _portal.GetDocumentAsync("/network?view=countries");

        Assert.Equal([("中国", "越南", 4), ("俄罗斯", "越南", 1), ("老挝", "越南", 1)], Rows(page).OrderBy(r => r.Item1, StringComparer.Ordinal));
        Assert.NotNull(page.QuerySelector("a.network-country[href='/countries/CN']"));
    }

    [Fact]
    public async Task In_english_the_drawing_labels_officials_by_their_romanised_names()
    {
        var page = await _portal.GetDocumentAsync("/network?culture=en&country=RU");

        using var graph = JsonDocument.Parse(page.QuerySelector("#network-graph")!.GetAttribute("data-graph")!);
        var labels = graph.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("label").GetString()).ToList();
        Assert.Contains("Phạm Bình Minh", labels);
        Assert.Equal("Who met whom", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_gexf_download_is_gexf_1_3_with_the_nodes_and_weighted_edges_and_escapes_names()
    {
        using var client = _portal.CreateClient();
        var all = await client.GetAsync(new Uri("/network.gexf?country=CN", UriKind.Relative));
        var hostile = XDocument.Parse(await client.GetStringAsync(new Uri("/network.gexf?fromYear=2031", UriKind.Relative)));

        Assert.Equal("application/gexf+xml", all.Content.Headers.ContentType!.MediaType);
        Assert.Contains("network.gexf", all.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var gexf = XDocument.Parse(await all.Content.ReadAsStringAsync());
        XNamespace ns = "http://gexf.net/1.3";
        Assert.Equal("1.3", gexf.Root!.Attribute("version")!.Value);
        Assert.Equal(6, gexf.Descendants(ns + "node").Count()); // 黎怀忠 罗照辉 范平明 王毅 阮春福 李克强
        Assert.Equal(3, gexf.Descendants(ns + "edge").Count());
        var wang = gexf.Descendants(ns + "node").Single(n => n.Attribute("label")!.Value == "Wang Yi");
        Assert.Contains(gexf.Descendants(ns + "edge"), e => (e.Attribute("source")!.Value == wang.Attribute("id")!.Value || e.Attribute("target")!.Value == wang.Attribute("id")!.Value) && e.Attribute("weight")!.Value == "2");
        Assert.Equal([Hostile, HostileLatin], hostile.Descendants(ns + "node").Select(n => n.Attribute("label")!.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_graphml_download_declares_its_keys_and_holds_the_same_graph_with_names_escaped()
    {
        using var client = _portal.CreateClient();
        var response = await client.GetAsync(new Uri("/network.graphml?view=countries", UriKind.Relative));
        var hostile = XDocument.Parse(await client.GetStringAsync(new Uri("/network.graphml?fromYear=2031", UriKind.Relative)));

        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType!.MediaType);
        var graphml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(["country", "label", "meetings", "name_zh", "weight"], graphml.Descendants(ns + "key").Select(k => k.Attribute("id")!.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["CN", "LA", "RU", "VN"], graphml.Descendants(ns + "node").Select(n => n.Attribute("id")!.Value).Order(StringComparer.Ordinal));
        Assert.Equal(3, graphml.Descendants(ns + "edge").Count());
        var names = hostile.Descendants(ns + "data").Where(d => d.Attribute("key")!.Value is "label" or "name_zh").Select(d => d.Value).ToList();
        Assert.Contains(Hostile, names);
        Assert.Contains(HostileLatin, names);
    }

    [Fact]
    public async Task The_api_gives_the_nodes_and_edges_of_either_view()
    {
        using var client = _portal.CreateClient();
        using var officials = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/network?country=RU", UriKind.Relative)));
        using var countries = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/network?view=countries", UriKind.Relative)));

        Assert.Equal("officials", officials.RootElement.GetProperty("view").GetString());
        Assert.Equal(["拉夫罗夫", "范平明"], officials.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(1, officials.RootElement.GetProperty("edges")[0].GetProperty("meetings").GetInt32());
        Assert.Equal(4, countries.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Contains(countries.RootElement.GetProperty("edges").EnumerateArray(), e => e.GetProperty("source").GetString() == "CN" && e.GetProperty("target").GetString() == "VN" && e.GetProperty("meetings").GetInt32() == 4);
    }

    [Theory]
    [InlineData("/api/v1/network?fromYear=twenty")]
    [InlineData("/api/v1/network?view=people")]
    [InlineData("/api/v1/network?fromYear=2024&toYear=2020")]
    [InlineData("/network.gexf?year=abc")]
    [InlineData("/network.graphml?pair=XX")]
    public async Task A_bad_parameter_is_refused_with_the_reason(string url)
    {
        using var client = _portal.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("detail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_names_a_bad_year_and_draws_the_rest()
    {
        var page = await _portal.GetDocumentAsync("/network?fromYear=twenty");

        Assert.Contains("twenty", page.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(Rows(page));
    }
}

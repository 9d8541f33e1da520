using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace DiplomacyPortal.Web.Tests.Api;

[Collection(nameof(SharedPortal))]
public sealed class ExportTests(PortalFactory portal)
{
    private static readonly string[] EntryElements = ["id", "title", "updated", "link"];

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string url)
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static List<List<string>> Csv(byte[] body) => CsvText.Rows(body);

    [Fact]
    public async Task The_articles_CSV_starts_with_a_BOM_and_takes_the_filters()
    {
        var (response, body) = await GetAsync("/articles/export.csv?pair=CN-VN");

        var rows = Csv(body);
        Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(["id", "url", "date", "year", "month", "day", "date_precision", "pair", "country_a", "country_b", "meeting_type", "headline", "lead", "dateline_place", "officials", "official_ids", "officials_latin"], rows[0]);
        Assert.Equal(5, rows.Count);
        Assert.All(rows.Skip(1), r => Assert.Equal("CN-VN", r[7]));
        Assert.Contains(rows, r => r[11] == "越中两国外交部长举行会谈" && r[2] == "--04-01" && r[14].Contains("王毅 (CN, 国务委员兼外交部长)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Officials_names_in_Latin_letters_follow_the_Chinese_ones_in_the_same_order()
    {
        var (_, body) = await GetAsync("/articles/export.csv?pair=CN-VN");

        var rows = Csv(body);
        var talks = rows.Single(r => r[11] == "越中两国外交部长举行会谈");
        var chinese = talks[14].Split("; ");
        var latin = talks[16].Split("; ");
        Assert.Equal(chinese.Length, latin.Length);
        Assert.Equal("Wang Yi", latin[Array.FindIndex(chinese, n => n.StartsWith("王毅", StringComparison.Ordinal))]);
        Assert.Equal("Phạm Bình Minh", latin[Array.FindIndex(chinese, n => n.StartsWith("范平明", StringComparison.Ordinal))]);
    }

    [Fact]
    public async Task The_articles_JSON_Lines_hold_one_object_per_article()
    {
        var (_, body) = await GetAsync("/articles/export.jsonl?q=%E7%8E%8B%E6%AF%85");

        var lines = Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Contains(l.GetProperty("officials").EnumerateArray(), o => o.GetProperty("name").GetString() == "王毅" && o.GetProperty("romanName").GetString() == "Wang Yi"));
    }

    [Fact]
    public async Task The_meetings_CSV_is_the_dataset_with_its_documented_columns()
    {
        var (_, body) = await GetAsync("/meetings/export.csv?country=RU");
        var (_, jsonl) = await GetAsync("/meetings/export.jsonl");

        var rows = Csv(body);
        Assert.Equal(["meeting_id", "date", "year", "month", "day", "date_precision", "pair", "country_a", "country_b", "type", "place", "host_country", "visitor_country", "participants_a", "participants_b", "participant_ids", "article_count", "article_ids", "participants_a_latin", "participants_b_latin"], rows[0]);
        var russia = Assert.Single(rows.Skip(1));
        Assert.Equal(("RU-VN", "talks", "RU", "VN", "外交部部长 拉夫罗夫", "1"), (russia[6], russia[9], russia[11], russia[12], russia[13], russia[16]));
        Assert.Equal("Sergey Lavrov", russia[18]);
        Assert.Equal(5, Encoding.UTF8.GetString(jsonl).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_bad_filter_on_an_export_is_a_400_not_an_empty_file()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/articles/export.csv?from=yesterday", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/feeds/pairs/CN-VN", 4)]
    [InlineData("/feeds/articles?country=RU", 1)]
    [InlineData("/feeds/articles", 5)]
    public async Task Feeds_are_Atom_with_an_entry_per_article(string url, int entries)
    {
        var (response, body) = await GetAsync(url);

        var feed = XDocument.Parse(Encoding.UTF8.GetString(body)).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(atom + "feed", feed.Name);
        Assert.Single(feed.Elements(atom + "id"));
        Assert.Single(feed.Elements(atom + "updated"));
        Assert.Single(feed.Elements(atom + "author"));
        var items = feed.Elements(atom + "entry").ToList();
        Assert.Equal(entries, items.Count);
        Assert.All(items, e => Assert.All(EntryElements, name => Assert.Single(e.Elements(atom + name))));
        Assert.All(items, e => Assert.True(DateTimeOffset.TryParse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _)));
    }

    [Fact]
    public async Task An_official_feed_lists_the_official_articles_and_an_unknown_one_is_404()
    {
        var officials = JsonDocument.Parse(await portal.CreateClient().GetStringAsync(new Uri("/api/v1/officials?q=%E7%8E%8B%E6%AF%85", UriKind.Relative))).RootElement;
        var id = officials.EnumerateArray().Single().GetProperty("id").GetInt32();

        var (_, body) = await GetAsync($"/feeds/officials/{id}");
        var missing = await portal.CreateClient().GetAsync(new Uri("/feeds/officials/999999", UriKind.Relative));

        Assert.Equal(2, XDocument.Parse(Encoding.UTF8.GetString(body)).Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_feed_asked_in_English_has_English_titles_and_romanised_names()
    {
        var officials = JsonDocument.Parse(await portal.CreateClient().GetStringAsync(new Uri("/api/v1/officials?q=%E7%8E%8B%E6%AF%85", UriKind.Relative))).RootElement;
        var id = officials.EnumerateArray().Single().GetProperty("id").GetInt32();
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var official = XDocument.Parse(Encoding.UTF8.GetString((await GetAsync($"/feeds/officials/{id}?culture=en")).Body)).Root!;
        var pair = XDocument.Parse(Encoding.UTF8.GetString((await GetAsync("/feeds/pairs/CN-VN?culture=en")).Body)).Root!;
        var chinese = XDocument.Parse(Encoding.UTF8.GetString((await GetAsync("/feeds/pairs/CN-VN")).Body)).Root!;

        Assert.Equal("Wang Yi (王毅) · VNA bilateral diplomacy reports", official.Element(atom + "title")!.Value);
        Assert.Equal("Vietnam News Agency (VNA)", official.Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.Equal("Vietnam–China · VNA bilateral diplomacy reports", pair.Element(atom + "title")!.Value);
        Assert.All(pair.Elements(atom + "entry"), e => Assert.Equal("Vietnam–China", e.Element(atom + "category")!.Attribute("label")!.Value));
        Assert.Equal("越南–中国 · 越通社双边外交报道", chinese.Element(atom + "title")!.Value);
    }
}

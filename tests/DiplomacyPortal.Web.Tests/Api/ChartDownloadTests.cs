using System.Net;
using System.Xml.Linq;

namespace DiplomacyPortal.Web.Tests.Api;

[Collection(nameof(SharedPortal))]
public sealed class ChartDownloadTests(PortalFactory portal)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var client = portal.CreateClient();
        return await client.GetAsync(new Uri(url, UriKind.Relative));
    }

    private async Task<(XDocument Svg, List<List<string>> Csv)> DownloadAsync(string chart)
    {
        var svg = await GetAsync($"/charts/{chart.Replace("?", ".svg?", StringComparison.Ordinal)}");
        var csv = await GetAsync($"/charts/{chart.Replace("?", ".csv?", StringComparison.Ordinal)}");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        return (XDocument.Parse(await svg.Content.ReadAsStringAsync()), CsvText.Rows(await csv.Content.ReadAsByteArrayAsync()));
    }

    private static int Bars(XDocument svg) =>
        svg.Descendants(Svg + "rect").Count(r => ((string?)r.Attribute("class"))?.Contains("chart-bar", StringComparison.Ordinal) == true);

    /// <summary>The bars a chart should have: one per non-zero number behind it.</summary>
    private static int NonZero(List<List<string>> csv) => csv.Skip(1).SelectMany(row => row.Skip(1)).Count(value => value != "0");

    [Fact]
    public async Task The_pair_meetings_chart_downloads_as_a_standalone_svg_file()
    {
        var response = await GetAsync("/charts/pair-meetings.svg?pair=VN-CN");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("meetings-CN-VN.svg", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition.DispositionType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(svg.Root!.Element(Svg + "style"));
        Assert.Contains("style-src 'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pair-meetings?pair=CN-VN")]
    [InlineData("compare?pair=CN-VN&pair=RU-VN&measure=meetings")]
    [InlineData("compare?pair=CN-VN&pair=RU-VN&measure=visits")]
    [InlineData("articles?pair=CN-VN")]
    [InlineData("articles?culture=zh-CN")]
    public async Task The_svg_has_a_bar_for_each_number_of_the_csv_and_the_csv_a_row_per_year(string chart)
    {
        var (svg, csv) = await DownloadAsync(chart);

        Assert.Equal(NonZero(csv), Bars(svg));
        Assert.All(csv, row => Assert.Equal(csv[0].Count, row.Count));
    }

    [Fact]
    public async Task The_comparison_csv_has_a_column_per_pair_and_a_row_per_year_from_the_first_to_the_last()
    {
        var (_, csv) = await DownloadAsync("compare?pair=VN-CN&pair=VN-RU&measure=meetings");

        Assert.Equal(["年份", "越南–中国", "越南–俄罗斯"], csv[0]);
        var years = csv.Skip(1).Select(row => int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(years[0], years.Count), years);
    }

    [Fact]
    public async Task In_english_the_downloads_are_in_english()
    {
        var (svg, csv) = await DownloadAsync("pair-meetings?pair=CN-VN&culture=en");

        Assert.Equal("Year", csv[0][0]);
        Assert.Equal("Vietnam–China: Meetings per year, by type", svg.Root!.Element(Svg + "title")!.Value);
        Assert.DoesNotContain(csv[0].Skip(1), name => name.Any(c => c > '\u2E80'));
    }

    [Theory]
    [InlineData("/charts/pair-meetings.svg")]
    [InlineData("/charts/pair-meetings.csv?pair=Vietnam")]
    [InlineData("/charts/compare.svg?pair=CN-VN&measure=everything")]
    [InlineData("/charts/compare.svg?pair=CN-VN&pair=RU-VN&pair=LA-VN&pair=KH-VN&pair=TH-VN&measure=meetings")]
    [InlineData("/charts/compare.csv?measure=visits")]
    [InlineData("/charts/articles.svg?official=abc")]
    public async Task Bad_parameters_get_400_with_the_reason(string url)
    {
        var response = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
    }
}

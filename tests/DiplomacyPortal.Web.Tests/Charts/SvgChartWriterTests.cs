using System.Globalization;
using System.Xml.Linq;
using DiplomacyPortal.Web.Presentation.Charts;

namespace DiplomacyPortal.Web.Tests.Charts;

public sealed class SvgChartWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static BarChart Chart(IReadOnlyList<string> categories, params ChartSeries[] series) =>
        new("Title", "Year", "Meetings", categories, series);

    private static XElement Draw(BarChart chart) => XElement.Parse(SvgChartWriter.Inline(chart));

    private static List<XElement> Bars(XElement svg) =>
        svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.Contains("chart-bar", StringComparison.Ordinal) == true).ToList();

    private static List<string> Texts(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == cssClass).Select(t => t.Value).ToList();

    private static List<string> Years(int count) => [.. Enumerable.Range(1965, count).Select(y => y.ToString(CultureInfo.InvariantCulture))];

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(10, 2)]
    [InlineData(13, 5)]
    [InlineData(99, 20)]
    [InlineData(10_000, 2_000)]
    [InlineData(12_345, 5_000)]
    public void Ticks_step_by_one_two_or_five_times_a_power_of_ten_and_cover_the_largest_value(int max, int step)
    {
        var scale = AxisScale.For(max);

        Assert.Equal(step, scale.Step);
        Assert.True(scale.Top >= max);
        Assert.True(scale.Top - scale.Step < Math.Max(max, 1), "no tick is wasted above the largest value");
        Assert.InRange(scale.Ticks.Count(), 2, 11);
    }

    [Fact]
    public void Sixty_years_are_labelled_sparsely_enough_that_no_two_labels_overlap()
    {
        var chart = Chart(Years(60), new ChartSeries("Meetings", [.. Enumerable.Repeat(3, 60)]));

        var labels = Draw(chart).Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-tick" && (string?)t.Attribute("text-anchor") == "middle").ToList();
        var xs = labels.Select(l => double.Parse((string)l.Attribute("x")!, CultureInfo.InvariantCulture)).ToList();

        Assert.InRange(labels.Count, 5, 30);
        Assert.Equal("1965", labels[0].Value);
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second - pair.First >= SvgChartWriter.TextWidth("2024"), "labels overlap"));
        Assert.Equal(60, Bars(Draw(chart)).Count);
    }

    [Fact]
    public void Ten_years_are_all_labelled() =>
        Assert.Equal(1, SvgChartWriter.LabelEvery(Years(10)));

    [Fact]
    public void Text_from_articles_is_escaped_and_the_chart_stays_well_formed_xml()
    {
        var hostile = "<script>alert('x')</script> & \"quoted\"\u0001";
        var chart = new BarChart(hostile, "Year", "Meetings", ["2020"], [new ChartSeries(hostile, [1]), new ChartSeries("B", [2])]);

        var markup = SvgChartWriter.Inline(chart);
        var svg = XElement.Parse(markup);

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.Equal(hostile.TrimEnd('\u0001'), Texts(svg, "chart-title").Single());
        Assert.Contains(hostile.TrimEnd('\u0001'), Texts(svg, "chart-legend"));
    }

    [Fact]
    public void A_chart_of_one_bar_of_one_shows_the_bar_its_value_and_its_tooltip()
    {
        var svg = Draw(Chart(["2020"], new ChartSeries("Meetings", [1])));

        var bar = Assert.Single(Bars(svg));
        Assert.Equal("2020: 1", bar.Element(Svg + "title")!.Value);
        Assert.Equal(["1"], Texts(svg, "chart-value"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Title", (string?)svg.Attribute("aria-label"));
    }

    [Fact]
    public void A_bar_of_ten_thousand_beside_a_bar_of_one_keeps_both_visible_and_labels_the_axis_in_thousands()
    {
        var svg = Draw(Chart(["2019", "2020"], new ChartSeries("Articles", [1, 10_000])));

        var heights = Bars(svg).Select(b => double.Parse((string)b.Attribute("height")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, heights.Count);
        Assert.True(heights[0] >= 1, "a bar of one is still seen");
        Assert.True(heights[1] > 200);
        Assert.Contains("10,000", Texts(svg, "chart-tick"));
        Assert.Equal(["1", "10,000"], Texts(svg, "chart-value"));
    }

    [Fact]
    public void Stacked_series_get_a_legend_and_a_segment_each_with_its_series_in_the_tooltip()
    {
        var svg = Draw(Chart(["2019", "2020"], new ChartSeries("Talks", [1, 0]), new ChartSeries("Visit", [2, 3])));

        Assert.Equal(["Talks", "Visit"], Texts(svg, "chart-legend"));
        Assert.Equal(3, Bars(svg).Count);
        Assert.Contains(Bars(svg), b => b.Element(Svg + "title")!.Value == "2019 · Visit: 2");
        Assert.Equal(["3", "3"], Texts(svg, "chart-value"));
    }

    [Fact]
    public void A_downloaded_chart_carries_its_style_and_size_so_it_renders_alone()
    {
        var document = XDocument.Parse(SvgChartWriter.Document(Chart(["2020"], new ChartSeries("Meetings", [4])), ".chart-series-0 { fill: #0072b2; }"));

        Assert.Equal(Svg + "svg", document.Root!.Name);
        Assert.Contains("#0072b2", document.Root.Element(Svg + "style")!.Value, StringComparison.Ordinal);
        Assert.Equal(SvgChartWriter.Width.ToString(CultureInfo.InvariantCulture), (string?)document.Root.Attribute("width"));
    }
}

using System.Globalization;
using System.Text;
using System.Xml;

namespace DiplomacyPortal.Web.Presentation.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as SVG: a value axis with round ticks and gridlines, category labels thinned so
/// they never overlap, a tooltip (&lt;title&gt;) on every bar, the values written on the bars when they are few,
/// and a legend when there are several series. Colours come from CSS classes (chart-series-0 …): the page's
/// stylesheet colours the chart inside a page, a &lt;style&gt; element the downloaded file that stands alone.
/// All text goes through an <see cref="XmlWriter"/>, so names from articles cannot break out of the markup.
/// </summary>
public static class SvgChartWriter
{
    public const int Width = 720;
    public const int Height = 340;
    public const int SeriesColours = 8;
    private const string Namespace = "http://www.w3.org/2000/svg";
    private const double Left = 64, Right = 12, Bottom = 52, FontSize = 12;
    private const int MostValueLabels = 16;

    /// <summary>The SVG element to put inside an HTML page (no XML declaration; styled by the page).</summary>
    public static string Inline(BarChart chart, string cssClass = "chart") => Write(chart, cssClass, style: null);

    /// <summary>A standalone SVG document, its style inside it, for download.</summary>
    public static string Document(BarChart chart, string style) => Write(chart, "chart", style);

    private static string Write(BarChart chart, string cssClass, string? style)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = style is null, Indent = false, Encoding = Encoding.UTF8 };
        using (var xml = XmlWriter.Create(text, settings))
        {
            new Drawing(xml, chart).Draw(cssClass, style);
        }

        return text.ToString();
    }

    /// <summary>SVG coordinates: invariant digits, two decimals at most.</summary>
    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>Text in the chart, without the control characters XML cannot hold.</summary>
    private static string Clean(string text) => string.Concat(text.Where(XmlConvert.IsXmlChar));

    /// <summary>The width text takes in the chart's font: a Chinese character is about a square, a Latin letter or digit about half.</summary>
    public static double TextWidth(string text, double fontSize = FontSize) => text.Sum(c => c > '\u2E80' ? 1.0 : 0.6) * fontSize;

    private sealed class Drawing(XmlWriter xml, BarChart chart)
    {
        private readonly double _top = 58 + (LegendRows(chart) * 18);
        private readonly AxisScale _scale = AxisScale.For(chart.MaxHeight);

        private const double PlotWidth = Width - Left - Right;

        private double PlotHeight => Height - _top - Bottom;

        private double Slot => PlotWidth / Math.Max(1, chart.Categories.Count);

        public void Draw(string cssClass, string? style)
        {
            xml.WriteStartElement("svg", Namespace);
            xml.WriteAttributeString("class", cssClass);
            xml.WriteAttributeString("viewBox", $"0 0 {Width} {Height}");
            if (style is not null)
            {
                xml.WriteAttributeString("width", N(Width));
                xml.WriteAttributeString("height", N(Height));
            }

            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-label", Clean(chart.Title));
            Element("title", chart.Title);
            if (style is not null)
            {
                Element("style", style);
                Rect("chart-background", 0, 0, Width, Height, tooltip: null);
            }

            Text("chart-title", 8, 20, chart.Title, anchor: "start");
            Text("chart-axis-title", 8, _top - 12, chart.ValueAxis, anchor: "start");
            Text("chart-axis-title", Left + (PlotWidth / 2), Height - 8, chart.CategoryAxis, anchor: "middle");
            DrawLegend();
            DrawValueAxis();
            DrawBars();
            DrawCategoryAxis();
            xml.WriteEndElement();
        }

        private static int LegendRows(BarChart chart) => chart.Series.Count < 2 ? 0 : LegendItems(chart).Max(item => item.Row) + 1;

        /// <summary>Legend entries laid out left to right, wrapping to a new row when the width runs out.</summary>
        private static List<(int Row, double X, string Name)> LegendItems(BarChart chart)
        {
            var items = new List<(int, double, string)>();
            var (row, x) = (0, 8.0);
            foreach (var series in chart.Series)
            {
                var width = 16 + TextWidth(series.Name) + 16;
                if (x + width > Width && x > 8)
                {
                    (row, x) = (row + 1, 8.0);
                }

                items.Add((row, x, series.Name));
                x += width;
            }

            return items;
        }

        private void DrawLegend()
        {
            if (chart.Series.Count < 2)
            {
                return;
            }

            var items = LegendItems(chart);
            for (var i = 0; i < items.Count; i++)
            {
                var (row, x, name) = items[i];
                var y = 30 + (row * 18);
                Rect(SeriesClass(i), x, y, 10, 10, tooltip: null);
                Text("chart-legend", x + 14, y + 9.5, name, anchor: "start");
            }
        }

        private void DrawValueAxis()
        {
            foreach (var tick in _scale.Ticks)
            {
                var y = Y(tick);
                Line(tick == 0 ? "chart-axis" : "chart-grid", Left, y, Width - Right, y);
                Text("chart-tick", Left - 6, y + 4, Display.Number(tick), anchor: "end");
            }
        }

        private void DrawCategoryAxis()
        {
            var every = LabelEvery(chart.Categories, PlotWidth);
            for (var i = 0; i < chart.Categories.Count; i += every)
            {
                var x = Left + (Slot * (i + 0.5));
                Line("chart-axis", x, Y(0), x, Y(0) + 4);
                Text("chart-tick", x, Y(0) + 17, chart.Categories[i], anchor: "middle");
            }
        }

        private void DrawBars()
        {
            var grouped = chart.Layout == BarLayout.Grouped && chart.Series.Count > 1;
            var bars = grouped ? chart.Series.Count : 1;
            var barWidth = Slot * 0.8 / bars;
            var labelled = chart.Categories.Count * bars <= MostValueLabels;
            var single = chart.Series.Count == 1;
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                var x = Left + (Slot * c) + (Slot * 0.1);
                var stacked = 0;
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var value = chart.Series[s].Values[c];
                    var bottom = grouped ? 0 : stacked;
                    var barX = grouped ? x + (barWidth * s) : x;
                    stacked += value;
                    if (value == 0)
                    {
                        continue;
                    }

                    // At least one unit of height, so a 1 beside 10,000 is still seen (and its tooltip can be found).
                    var height = Math.Max(1, Y(bottom) - Y(bottom + value));
                    var tooltip = single ? $"{chart.Categories[c]}: {Display.Number(value)}" : $"{chart.Categories[c]} · {chart.Series[s].Name}: {Display.Number(value)}";
                    Rect($"chart-bar {SeriesClass(s)}", barX, Y(bottom) - height, barWidth, height, tooltip);
                    if (labelled && grouped)
                    {
                        Text("chart-value", barX + (barWidth / 2), Y(value) - 3, Display.Number(value), anchor: "middle");
                    }
                }

                if (labelled && !grouped && stacked > 0)
                {
                    Text("chart-value", x + (barWidth / 2), Y(stacked) - 3, Display.Number(stacked), anchor: "middle");
                }
            }
        }

        private double Y(int value) => _top + PlotHeight - (PlotHeight * value / _scale.Top);

        private static string SeriesClass(int series) => $"chart-series-{series % SeriesColours}";

        private void Rect(string cssClass, double x, double y, double width, double height, string? tooltip)
        {
            Start("rect", cssClass, ("x", x), ("y", y), ("width", width), ("height", height));
            if (tooltip is not null)
            {
                Element("title", tooltip);
            }

            xml.WriteEndElement();
        }

        private void Line(string cssClass, double x1, double y1, double x2, double y2)
        {
            Start("line", cssClass, ("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2));
            xml.WriteEndElement();
        }

        private void Text(string cssClass, double x, double y, string text, string anchor)
        {
            Start("text", cssClass, ("x", x), ("y", y));
            xml.WriteAttributeString("text-anchor", anchor);
            xml.WriteString(Clean(text));
            xml.WriteEndElement();
        }

        private void Start(string element, string cssClass, params ReadOnlySpan<(string Name, double Value)> coordinates)
        {
            xml.WriteStartElement(element, Namespace);
            xml.WriteAttributeString("class", cssClass);
            foreach (var (name, value) in coordinates)
            {
                xml.WriteAttributeString(name, N(value));
            }
        }

        private void Element(string name, string text)
        {
            xml.WriteStartElement(name, Namespace);
            xml.WriteString(Clean(text));
            xml.WriteEndElement();
        }
    }

    /// <summary>Label every n-th category so that no two labels overlap: as many as fit side by side, evenly spaced.</summary>
    public static int LabelEvery(IReadOnlyList<string> categories, double width = Width - Left - Right)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count == 0)
        {
            return 1;
        }

        var label = categories.Max(c => TextWidth(c)) + 8;
        var fit = Math.Max(1, (int)Math.Floor(width / label));
        return (int)Math.Ceiling((double)categories.Count / fit);
    }
}

namespace DiplomacyPortal.Web.Presentation.Charts;

/// <summary>How several series share a category: piled on one bar (parts of a whole) or side by side (compared).</summary>
public enum BarLayout
{
    Stacked,
    Grouped,
}

/// <summary>One series of a bar chart: a name for the legend and one value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values);

/// <summary>
/// A bar chart as data: categories along the x axis (years or months), one or more series, a title and the
/// names of both axes. <see cref="SvgChartWriter"/> draws it; the chart downloads write its numbers as CSV.
/// </summary>
public sealed record BarChart(string Title, string CategoryAxis, string ValueAxis, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, BarLayout Layout = BarLayout.Stacked)
{
    /// <summary>The height a bar of the category reaches: the sum of the series when stacked, the largest when grouped.</summary>
    public int Height(int category) => Layout == BarLayout.Stacked
        ? Series.Sum(s => s.Values[category])
        : Series.Max(s => s.Values[category]);

    /// <summary>The tallest bar, 0 for a chart without values.</summary>
    public int MaxHeight => Categories.Count == 0 || Series.Count == 0 ? 0 : Enumerable.Range(0, Categories.Count).Max(Height);

    /// <summary>The numbers behind the chart as a table: the names of the columns, then a row per category; the page's text equivalent and the CSV download.</summary>
    public IEnumerable<IReadOnlyList<string>> Table()
    {
        yield return [CategoryAxis, .. Series.Select(s => s.Name)];
        for (var i = 0; i < Categories.Count; i++)
        {
            yield return [Categories[i], .. Series.Select(s => s.Values[i].ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
    }

    /// <summary>Whether the chart has anything to draw.</summary>
    public bool IsEmpty => MaxHeight == 0;
}

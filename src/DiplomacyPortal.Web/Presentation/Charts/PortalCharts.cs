using System.Globalization;
using DiplomacyPortal.Data.Queries;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Presentation.Charts;

/// <summary>What the comparison page counts per pair and year.</summary>
public enum CompareMeasure
{
    Meetings,
    Visits,
}

/// <summary>The portal's charts, built from the queries' counts, with titles and axes in the interface's language.</summary>
public static class PortalCharts
{
    /// <summary>A span of up to two years is drawn month by month; a longer one year by year, so bars stay countable.</summary>
    private const int MostMonths = 24;

    /// <summary>Articles per month or per year, from the first to the last month with articles (empty months drawn as zero).</summary>
    public static BarChart Articles(IReadOnlyList<MonthCount> months, IStringLocalizer t, string? subject)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(t);
        var first = months.Count == 0 ? 0 : (months[0].Year * 12) + months[0].Month - 1;
        var last = months.Count == 0 ? -1 : (months[^1].Year * 12) + months[^1].Month - 1;
        var byMonth = last - first < MostMonths;
        var counts = months.GroupBy(m => byMonth ? (m.Year * 12) + m.Month - 1 : m.Year).ToDictionary(g => g.Key, g => g.Sum(m => m.Count));
        var keys = byMonth ? Enumerable.Range(first, last - first + 1) : Years(months.Select(m => m.Year));
        var categories = keys.Select(k => byMonth ? string.Create(CultureInfo.InvariantCulture, $"{k / 12}-{(k % 12) + 1:00}") : Year(k)).ToList();
        var measure = byMonth ? t["每月文章数"] : t["每年文章数"];
        return new BarChart(
            subject is null ? measure : t["{0}：{1}", subject, measure],
            byMonth ? t["月份"] : t["年份"],
            t["文章数"],
            categories,
            [new ChartSeries(t["文章"], [.. keys.Select(k => counts.GetValueOrDefault(k))])]);
    }

    /// <summary>A pair's meetings per year, one stacked series per meeting type (in the order forms list the types).</summary>
    public static BarChart PairMeetings(string pair, IReadOnlyList<SeriesYearCount> rows, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(t);
        var order = Display.MeetingTypes.Select((type, i) => (type, i)).ToDictionary(x => x.type, x => x.i);
        var types = rows.Select(r => r.Series).Distinct()
            .OrderBy(type => order.GetValueOrDefault(type, int.MaxValue)).ThenBy(type => type, StringComparer.Ordinal)
            .ToList();
        return ByYear(t["{0}：{1}", Display.Pair(pair), t["每年会晤次数（按类型）"]], t["会晤次数"], rows, types, type => t[Display.MeetingType(type)], BarLayout.Stacked, t);
    }

    /// <summary>Meetings or top-level visits per year of up to four pairs, one series per pair, bars side by side.</summary>
    public static BarChart Compare(IReadOnlyList<string> pairs, IReadOnlyList<SeriesYearCount> rows, CompareMeasure measure, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return measure == CompareMeasure.Meetings
            ? ByYear(t["每年会晤次数"], t["会晤次数"], rows, pairs, Display.Pair, BarLayout.Grouped, t)
            : ByYear(t["每年高层访问次数"], t["访问次数"], rows, pairs, Display.Pair, BarLayout.Grouped, t);
    }

    private static BarChart ByYear(string title, string valueAxis, IReadOnlyList<SeriesYearCount> rows, IReadOnlyList<string> series, Func<string, string> name, BarLayout layout, IStringLocalizer t)
    {
        var years = Years(rows.Select(r => r.Year));
        var counts = rows.ToDictionary(r => (r.Series, r.Year), r => r.Count);
        return new BarChart(
            title,
            t["年份"],
            valueAxis,
            [.. years.Select(Year)],
            [.. series.Select(s => new ChartSeries(name(s), [.. years.Select(y => counts.GetValueOrDefault((s, y)))]))],
            layout);
    }

    /// <summary>Every year from the first to the last, so a year without any is seen as a gap.</summary>
    private static List<int> Years(IEnumerable<int> years)
    {
        var list = years.ToList();
        return list.Count == 0 ? [] : [.. Enumerable.Range(list.Min(), list.Max() - list.Min() + 1)];
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using DiplomacyPortal.Data.Queries;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Presentation;

/// <summary>
/// One entry of the date archive: a year (on /dates), a month (on /dates/2024) or a day (on /dates/2024/5), or the
/// articles whose year, month or day is unknown, with how many articles it holds and where it leads.
/// </summary>
public sealed record ArchiveBucket(string Label, string Link, int Count)
{
    /// <summary>The buckets of the archive level below <paramref name="year"/> and <paramref name="month"/>.</summary>
    public static IReadOnlyList<ArchiveBucket> Of(IReadOnlyList<CountValue> counts, int? year, int? month, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(t);
        return [.. counts.Select(count => count.Value.Length == 0 ? Unknown(count.Count, year, month, t) : Known(count, year, month))];
    }

    // The articles of a level whose next part is unknown: the year unknown ones have their own filter; a month or
    // a day unknown ones are found among the year's.
    private static ArchiveBucket Unknown(int count, int? year, int? month, IStringLocalizer t) => (year, month) switch
    {
        (null, _) => new(t["年份不详"], "/articles?year=unknown", count),
        (_, null) => new(t["月份不详"], $"/articles?year={year}", count),
        _ => new(t["日期不详"], $"/articles?year={year}", count),
    };

    private static ArchiveBucket Known(CountValue count, int? year, int? month)
    {
        var value = int.Parse(count.Value, CultureInfo.InvariantCulture);
        return (year, month) switch
        {
            (null, _) => new(Display.Year(value), $"/dates/{value}", count.Count),
            ({ } y, null) => new(Display.Month(y, value), $"/dates/{y}/{value}", count.Count),
            ({ } y, { } m) => new(Display.Date(y, m, value), $"/articles?from={y:D4}-{m:D2}-{value:D2}&to={y:D4}-{m:D2}-{value:D2}", count.Count),
        };
    }
}

using DiplomacyPortal.Data.Entities;

namespace DiplomacyPortal.Data.Queries;

/// <summary>
/// The part of an <see cref="ArticleFilter"/> that articles and meetings share: the pair and the dates. What differs
/// (the partner country, the official, the text query, the meeting type's column) each list adds itself.
/// </summary>
public static class DatedPairFilter
{
    public static IQueryable<T> Apply<T>(IQueryable<T> rows, ArticleFilter filter)
        where T : class, IDatedPairRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Pair is { } pair)
        {
            rows = rows.Where(r => r.Pair == pair);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            rows = rows.Where(r => r.Date >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            rows = rows.Where(r => r.Date <= end);
        }

        if (filter.Year is { } year)
        {
            rows = rows.Where(r => r.Year == year);
        }

        if (filter.YearUnknown)
        {
            rows = rows.Where(r => r.Year == null);
        }

        if (filter.Month is { } month)
        {
            rows = rows.Where(r => r.Month == month);
        }

        return rows;
    }
}

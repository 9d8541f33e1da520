using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

public sealed record MonthCount(int Year, int Month, int Count);

/// <summary>Articles of a pair in one month.</summary>
public sealed record PairMonthCount(string Pair, int Year, int Month, int Count);

public sealed record CountValue(string Value, int Count);

/// <summary>Counts over time: a timeline by month, and the date archive's counts per year, month or day.</summary>
public static class CountQueries
{
    /// <summary>Visible articles per month per pair (<paramref name="pair"/> alone when given); articles of unknown year or month left out.</summary>
    public static async Task<List<PairMonthCount>> PairMonthsAsync(PortalDbContext db, string? pair, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = Visibility.Articles(db).Where(a => a.Pair != null && a.Year != null && a.Month != null);
        if (pair is not null)
        {
            articles = articles.Where(a => a.Pair == pair);
        }

        var rows = await articles.GroupBy(a => new { a.Pair, a.Year, a.Month })
            .Select(g => new PairMonthCount(g.Key.Pair!, g.Key.Year!.Value, g.Key.Month!.Value, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Pair, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Month)];
    }

    public static async Task<List<MonthCount>> TimelineAsync(IQueryable<Article> articles, CancellationToken cancellationToken = default) =>
        await articles.Where(a => a.Year != null && a.Month != null).GroupBy(a => new { a.Year, a.Month })
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new MonthCount(g.Key.Year!.Value, g.Key.Month!.Value, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>Counts per year (null year = unknown), per month of a year, or per day of a month.</summary>
    public static async Task<List<CountValue>> ArchiveAsync(PortalDbContext db, int? year, int? month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = Visibility.Articles(db);
        List<(int? Key, int Count)> rows;
        if (year is null)
        {
            rows = (await articles.GroupBy(a => a.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(r => (r.Key, r.Count)).ToList();
        }
        else if (month is null)
        {
            rows = (await articles.Where(a => a.Year == year).GroupBy(a => a.Month).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(r => (r.Key, r.Count)).ToList();
        }
        else
        {
            rows = (await articles.Where(a => a.Year == year && a.Month == month).GroupBy(a => a.Day).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(r => (r.Key, r.Count)).ToList();
        }

        return rows.OrderBy(r => r.Key ?? int.MaxValue)
            .Select(r => new CountValue(r.Key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, r.Count))
            .ToList();
    }
}

using System.Globalization;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Http.Extensions;

namespace DiplomacyPortal.Web.Presentation;

/// <summary>
/// The Articles page's query string in and out: reads the filters from a request (bad values become plain
/// messages, never errors) and writes a filter back as a shareable link.
/// </summary>
public static class ArticleFilterBinding
{
    public static (ArticleFilter Filter, List<string> Problems) Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(name => query[name].ToString());
    }

    /// <summary>Reads the filters from any source of named values (the query string, the API's bound parameters).</summary>
    public static (ArticleFilter Filter, List<string> Problems) Read(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problems = new List<string>();
        var year = value("year");
        var filter = new ArticleFilter
        {
            Pair = Pair(value("pair"), problems),
            Country = Country(value("country"), problems),
            OfficialId = Int(value("official"), "official", 1, int.MaxValue, problems),
            From = Date(value("from"), "from", problems),
            To = Date(value("to"), "to", problems),
            Year = year == "unknown" ? null : Int(year, "year", 1900, 2200, problems),
            YearUnknown = year == "unknown",
            Month = Int(value("month"), "month", 1, 12, problems),
            Type = Type(value("type"), problems),
            Query = string.IsNullOrWhiteSpace(value("q")) ? null : value("q")!.Trim(),
            Page = Int(value("page"), "page", 1, 1_000_000, problems) ?? 1,
            PageSize = Int(value("pageSize"), "pageSize", 1, ArticleFilter.MaxPageSize, problems) ?? ArticleFilter.DefaultPageSize,
        };
        return (filter, problems);
    }

    /// <summary>The link to the Articles page with this filter.</summary>
    public static string Link(ArticleFilter filter, string path = "/articles")
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new QueryBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(key, value);
            }
        }

        Add("q", filter.Query);
        Add("pair", filter.Pair);
        Add("country", filter.Country);
        Add("official", filter.OfficialId?.ToString(CultureInfo.InvariantCulture));
        Add("from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("year", filter.YearUnknown ? "unknown" : filter.Year?.ToString(CultureInfo.InvariantCulture));
        Add("month", filter.Month?.ToString(CultureInfo.InvariantCulture));
        Add("type", filter.Type);
        Add("page", filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null);
        Add("pageSize", filter.PageSize != ArticleFilter.DefaultPageSize ? filter.PageSize.ToString(CultureInfo.InvariantCulture) : null);
        return path + query.ToQueryString();
    }

    private static string? Pair(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (CountryPair.TryParse(value, out var pair))
        {
            return pair.ToString();
        }

        problems.Add($"“{value}”不是有效的国家对（例如 CN-VN）。");
        return null;
    }

    private static string? Country(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (GazetteerData.Default.CountriesByCode.ContainsKey(value.Trim()))
        {
            return value.Trim().ToUpperInvariant();
        }

        problems.Add($"“{value}”不是已知的国家代码（例如 RU）。");
        return null;
    }

    private static string? Type(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Display.MeetingTypes.Contains(value))
        {
            return value;
        }

        problems.Add($"“{value}”不是已知的会晤类型。");
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or null with a problem named.</summary>
    internal static int? Int(string? value, string name, int min, int max, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        problems.Add($"参数 {name} 的值“{value}”无效，已忽略。");
        return null;
    }

    private static DateOnly? Date(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"参数 {name} 的日期“{value}”无效（格式：2020-01-31），已忽略。");
        return null;
    }
}

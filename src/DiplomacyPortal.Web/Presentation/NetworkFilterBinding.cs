using System.Globalization;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace DiplomacyPortal.Web.Presentation;

/// <summary>
/// The network's query string in and out: the meetings page's filters, a range of years (fromYear, toYear) and the
/// view (officials or countries). Bad values become plain messages, never errors; paging means nothing here.
/// </summary>
public static class NetworkFilterBinding
{
    /// <summary>The views as the query string names them.</summary>
    public static IReadOnlyList<string> Views { get; } = ["officials", "countries"];

    /// <summary>"officials" or "countries", as the query string and the downloads name a view.</summary>
    public static string Name(NetworkView view) => Views[(int)view];

    public static (NetworkFilter Filter, List<string> Problems) Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(name => query[name].ToString());
    }

    /// <summary>Reads the filter from any source of named values (the query string, the API's bound parameters).</summary>
    public static (NetworkFilter Filter, List<string> Problems) Read(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (meetings, problems) = ArticleFilterBinding.Read(value);
        var fromYear = ArticleFilterBinding.Int(value("fromYear"), "fromYear", 1900, 2200, problems);
        var toYear = ArticleFilterBinding.Int(value("toYear"), "toYear", 1900, 2200, problems);
        if (fromYear > toYear)
        {
            problems.Add($"起始年份 {fromYear} 晚于截止年份 {toYear}。");
        }

        var view = value("view");
        if (!string.IsNullOrWhiteSpace(view) && !Views.Contains(view))
        {
            problems.Add($"“{view}”不是已知的视图（officials 或 countries）。");
        }

        return (new NetworkFilter
        {
            Meetings = meetings with { Page = 1, PageSize = ArticleFilter.DefaultPageSize },
            FromYear = fromYear,
            ToYear = toYear,
            View = view == Name(NetworkView.Countries) ? NetworkView.Countries : NetworkView.Officials,
        }, problems);
    }

    /// <summary>The link to the network (or a download of it) with this filter.</summary>
    public static string Link(NetworkFilter filter, string path = "/network")
    {
        ArgumentNullException.ThrowIfNull(filter);
        var link = ArticleFilterBinding.Link(filter.Meetings, path);
        var extra = new Dictionary<string, string?>();
        if (filter.FromYear is { } from)
        {
            extra["fromYear"] = from.ToString(CultureInfo.InvariantCulture);
        }

        if (filter.ToYear is { } to)
        {
            extra["toYear"] = to.ToString(CultureInfo.InvariantCulture);
        }

        if (filter.View == NetworkView.Countries)
        {
            extra["view"] = Name(filter.View);
        }

        return QueryHelpers.AddQueryString(link, extra);
    }
}

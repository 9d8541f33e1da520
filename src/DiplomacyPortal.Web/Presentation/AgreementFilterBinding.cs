using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace DiplomacyPortal.Web.Presentation;

/// <summary>
/// The agreements list's query string in and out: the Articles page's pair, country, year, dates, q (words of the
/// title) and paging, and the kind of document. Bad values become plain messages, never errors.
/// </summary>
public static class AgreementFilterBinding
{
    // The Articles page's parameters that a list of documents has no use for.
    private static readonly string[] NotForAgreements = ["official", "month", "type"];

    public static (AgreementFilter Filter, List<string> Problems) Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(name => query[name].ToString());
    }

    /// <summary>Reads the filter from any source of named values (the query string, the API's bound parameters).</summary>
    public static (AgreementFilter Filter, List<string> Problems) Read(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (articles, problems) = ArticleFilterBinding.Read(value);
        foreach (var unused in NotForAgreements.Where(name => !string.IsNullOrWhiteSpace(value(name))))
        {
            problems.Add($"参数 {unused} 不适用于签署文件列表，已忽略。");
        }

        if (articles.YearUnknown)
        {
            problems.Add("签署文件列表不能按“年份不详”筛选，已忽略。");
        }

        var kind = value("kind");
        if (!string.IsNullOrWhiteSpace(kind) && !Display.DocumentKinds.Contains(kind))
        {
            problems.Add($"“{kind}”不是已知的文件类型（{string.Join("、", Display.DocumentKinds)}）。");
            kind = null;
        }

        return (new AgreementFilter
        {
            Pair = articles.Pair,
            Country = articles.Country,
            Year = articles.Year,
            From = articles.From,
            To = articles.To,
            Kind = string.IsNullOrWhiteSpace(kind) ? null : kind,
            Query = articles.Query,
            Page = articles.Page,
            PageSize = articles.PageSize,
        }, problems);
    }

    /// <summary>The link to the agreements list (or an export of it) with this filter.</summary>
    public static string Link(AgreementFilter filter, string path = "/agreements")
    {
        ArgumentNullException.ThrowIfNull(filter);
        var articles = new ArticleFilter { Pair = filter.Pair, Country = filter.Country, Year = filter.Year, From = filter.From, To = filter.To, Query = filter.Query, Page = filter.Page, PageSize = filter.PageSize };
        var link = ArticleFilterBinding.Link(articles, path);
        return filter.Kind is null ? link : QueryHelpers.AddQueryString(link, "kind", filter.Kind);
    }
}

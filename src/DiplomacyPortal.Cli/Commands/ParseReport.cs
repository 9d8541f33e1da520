using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>The JSON object `parse --json` prints for one file: the documented output contract.</summary>
public sealed record ParseReport(
    string File,
    string? Error,
    string? Encoding,
    string? Layout,
    string? Headline,
    string? Lead,
    DateTimeOffset? PublishedAt,
    ParseReport.DatelineJson? Dateline,
    ParseReport.DateJson? Date,
    IReadOnlyList<ParseReport.ImageJson> Images,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> Subheadings,
    string? EndMarker,
    string? Author,
    string? Source,
    IReadOnlyList<ParseReport.RelatedJson> Related,
    IReadOnlyList<string> SeeAlso,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string>? Pair,
    string? PairEvidence,
    IReadOnlyList<ParseReport.OfficialJson> Officials,
    string? MeetingType,
    IReadOnlyList<ParseReport.DocumentJson> Documents,
    IReadOnlyList<ParseReport.PartnershipJson> Partnerships,
    IReadOnlyList<string> Unplaced,
    IReadOnlyList<string> Chrome,
    IReadOnlyList<string> Warnings)
{
    public sealed record DatelineJson(string Text, string Agency, string? Place, string? Bureau, int? Month, int? Day);

    public sealed record DateJson(int? Year, int? Month, int? Day, DatePrecision Precision, string? Evidence);

    public sealed record ImageJson(string? Caption, string? Credit);

    public sealed record RelatedJson(string? Caption, string Headline, string? Summary, string? Credit, string? Url);

    public sealed record DocumentJson(string Title, string Kind, IReadOnlyList<string> Parties, string Evidence);

    public sealed record PartnershipJson(string Level, string Change, int? Year, bool ReportsTheChange, string? PreviousLevel, string Evidence);

    public sealed record OfficialJson(string Name, string? Country, string? Title, string? LatinName, string? VietnameseName, IReadOnlyList<string> Titles, int Mentions, IReadOnlyList<string> OtherForms);

    /// <summary>Projects a read result onto the report.</summary>
    public static ParseReport From(ArticleReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var article = result.Article;
        var analysis = result.Analysis;
        return new ParseReport(
            File: result.FileName,
            Error: result.Error,
            Encoding: result.Decoded?.EncodingName,
            Layout: article is null ? null : LayoutName(article.Layout),
            Headline: article?.Headline,
            Lead: article?.Lead,
            PublishedAt: article?.PublishedAt,
            Dateline: article?.Dateline is { } d ? new DatelineJson(d.Text, d.Agency, d.Place, d.Bureau, d.Month, d.Day) : null,
            Date: analysis?.Date is { } date ? new DateJson(date.Year, date.Month, date.Day, date.Precision, date.Evidence) : null,
            Images: article?.Images.Select(i => new ImageJson(i.Caption, i.Credit)).ToList() ?? [],
            Body: article?.Body.Select(p => p.Text).ToList() ?? [],
            Subheadings: article?.Body.Where(p => p.IsSubheading).Select(p => p.Text).ToList() ?? [],
            EndMarker: article?.EndMarker,
            Author: article?.Author,
            Source: article?.Source,
            Related: article?.Related.Select(r => new RelatedJson(r.Caption, r.Headline, r.Summary, r.Credit, r.Url)).ToList() ?? [],
            SeeAlso: article?.SeeAlso ?? [],
            Countries: analysis?.Countries ?? [],
            Pair: analysis?.Pair is { } pair ? [pair.First, pair.Second] : null,
            PairEvidence: analysis?.PairEvidence,
            Officials: analysis?.Officials.Select(o => new OfficialJson(o.Name, o.CountryCode, o.Title, o.LatinName, o.VietnameseName, o.Titles, o.Mentions, o.OtherForms)).ToList() ?? [],
            MeetingType: analysis?.MeetingType?.Type,
            Documents: analysis?.Documents.Select(d => new DocumentJson(d.Title, d.Kind, d.Parties, d.Evidence)).ToList() ?? [],
            Partnerships: analysis?.Partnerships.Select(p => new PartnershipJson(p.Level, System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(p.Change.ToString()), p.Year, p.ReportsTheChange, p.PreviousLevel, p.Evidence)).ToList() ?? [],
            Unplaced: article?.Unplaced ?? [],
            Chrome: article?.PageChrome ?? [],
            Warnings: result.Warnings);
    }

    private static string LayoutName(ArticleLayout layout) => layout switch
    {
        ArticleLayout.ArticlePage => "article-page",
        ArticleLayout.NewsPage => "news-page",
        ArticleLayout.Html => "html",
        _ => "unknown",
    };
}

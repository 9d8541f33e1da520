using System.Globalization;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Queries;
using Microsoft.AspNetCore.Html;

namespace DiplomacyPortal.Web.Presentation;

/// <summary>How the pages write dates, countries, pairs and meeting types.</summary>
public static class Display
{
    /// <summary>Whether the page is in English (else Chinese).</summary>
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    // The names pages show, in the order forms list them; each is also the key of its English name in
    // Resources/SharedResource.en.resx, so a page writes T[Display.MeetingType(code)].
    private static readonly Dictionary<string, string> MeetingTypeNames = new()
    {
        ["talks"] = "会谈",
        ["meeting"] = "会见",
        ["phone-call"] = "通电话",
        ["video-call"] = "视频会议",
        ["visit"] = "访问",
        ["message"] = "贺电、慰问电",
        ["consultation"] = "磋商、对话",
    };

    /// <summary>The known meeting types, in the order forms list them.</summary>
    public static IReadOnlyList<string> MeetingTypes { get; } = [.. MeetingTypeNames.Keys];

    /// <summary>"2020年5月29日", or "4月1日（年份不详）" when the year is unknown; English on request.</summary>
    public static string Date(int? year, int? month, int? day) => English ? EnglishDate(year, month, day) : (year, month, day) switch
    {
        ({ } y, { } m, { } d) => $"{y}年{m}月{d}日",
        (null, { } m, { } d) => $"{m}月{d}日（年份不详）",
        ({ } y, { } m, null) => $"{y}年{m}月",
        ({ } y, null, null) => $"{y}年",
        _ => "日期不详",
    };

    public static string Date(DateTime? date) => date is { } d ? Date(d.Year, d.Month, d.Day) : "—";

    public static string Year(int year) => English ? year.ToString(CultureInfo.InvariantCulture) : $"{year}年";

    public static string Month(int year, int month) => English ? new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture) : $"{year}年{month}月";

    private static string EnglishDate(int? year, int? month, int? day) => (year, month, day) switch
    {
        ({ } y, { } m, { } d) => new DateTime(y, m, d).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        (null, { } m, { } d) => $"{new DateTime(2000, m, 1).ToString("MMMM", CultureInfo.InvariantCulture)} {d}, year unknown",
        ({ } y, { } m, null) => Month(y, m),
        ({ } y, null, null) => Year(y),
        _ => "date unknown",
    };

    public static string Country(string? code) =>
        code is not null && GazetteerData.Default.CountriesByCode.TryGetValue(code, out var country) ? (English ? country.English : country.Chinese)
        : code ?? (English ? "country unknown" : "国家不详");

    /// <summary>"越南–中国": Vietnam first when it is one side, as VNA writes pairs.</summary>
    public static string Pair(string? pair)
    {
        if (pair is null)
        {
            return English ? "no pair" : "无双边";
        }

        var codes = pair.Split('-');
        if (codes.Length != 2)
        {
            return pair;
        }

        var ordered = codes[1] == "VN" ? new[] { codes[1], codes[0] } : codes;
        return $"{Country(ordered[0])}–{Country(ordered[1])}";
    }

    /// <summary>The Chinese name of a meeting type (the key of its English name in the resources), or the code when unknown.</summary>
    public static string MeetingType(string? type) =>
        type is not null && MeetingTypeNames.TryGetValue(type, out var name) ? name : type ?? "—";

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// An official's name: in Chinese as the articles write it; in English by the romanised name (Phạm Bình Minh, Wang Yi)
    /// with the Chinese small beside it, or the Chinese alone when no romanised name is known. Encoded.
    /// </summary>
    public static IHtmlContent OfficialName(string name, string? romanName)
    {
        var html = new HtmlContentBuilder();
        if (English && !string.IsNullOrEmpty(romanName))
        {
            html.AppendHtml("<span class=\"official-roman\">").Append(romanName).AppendHtml("</span> <small class=\"text-muted\" lang=\"zh\">").Append(name).AppendHtml("</small>");
        }
        else
        {
            html.AppendHtml("<span lang=\"zh\">").Append(name).AppendHtml("</span>");
        }

        return html;
    }

    /// <summary>An official a filter names, or "#id" when no visible article names them.</summary>
    public static IHtmlContent OfficialName(OfficialLabel? official, int id) =>
        official is null ? new HtmlString(string.Create(CultureInfo.InvariantCulture, $"#{id}")) : OfficialName(official.Name, official.RomanName);

    /// <summary>An official's name as plain text, for titles and feeds: "Phạm Bình Minh (范平明)" in English when the romanised name is known, else the Chinese.</summary>
    public static string OfficialNameText(string name, string? romanName) =>
        English && !string.IsNullOrEmpty(romanName) ? $"{romanName} ({name})" : name;

    // The names of the kinds of document, in the order forms list them; each is also the key of its English name in
    // Resources/SharedResource.en.resx, so a page writes T[Display.DocumentKind(code)].
    private static readonly Dictionary<string, string> DocumentKindNames = new()
    {
        ["agreement"] = "协定、协议",
        ["memorandum"] = "谅解备忘录",
        ["joint-statement"] = "联合声明",
        ["plan"] = "计划、方案",
        ["treaty"] = "条约",
        ["other"] = "其他文件",
    };

    /// <summary>The known kinds of document, in the order forms list them.</summary>
    public static IReadOnlyList<string> DocumentKinds { get; } = [.. DocumentKindNames.Keys];

    /// <summary>The Chinese name of a kind of document (the key of its English name in the resources), or the code when unknown.</summary>
    public static string DocumentKind(string? kind) =>
        kind is not null && DocumentKindNames.TryGetValue(kind, out var name) ? name : kind ?? "—";

    /// <summary>A level of relationship by its names in partnerships.json; "unknown" when no article gives one.</summary>
    public static string Level(string? code) =>
        code is null ? (English ? "unknown" : "不详")
        : GazetteerData.Default.Partnerships.Levels.FirstOrDefault(l => l.Code == code) is { } level ? (English ? level.English : level.Chinese)
        : code;
}

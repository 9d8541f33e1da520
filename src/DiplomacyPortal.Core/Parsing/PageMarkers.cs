using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>The fixed words of VNA's page templates: where the related list starts, its labels, the source line.</summary>
public static partial class PageMarkers
{
    private static readonly FrozenSet<string> RelatedStarts = new[]
    {
        "更多", "相关新闻", "更多新闻", "相关文章", "相关阅读", "延伸阅读", "推荐阅读", "相关报道", "其他新闻", "阅读更多", "相关消息",
    }.ToFrozenSet();

    // Labels the templates print inside the related list, above or below its items.
    private static readonly FrozenSet<string> RelatedLabels = new[]
    {
        "新闻", "查看更多", "更多", "加载更多", "显示更多", "相关新闻", "更多新闻", "最新新闻", "热门新闻", "其他新闻",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> SourceLines = new[]
    {
        "越通社", "越南通讯社", "越通社-VNA", "VNA", "来源:越通社", "来源:越南通讯社", "消息来源:越通社",
    }.ToFrozenSet();

    [GeneratedRegex(@"^(?:(?:相关新闻|相关阅读|延伸阅读|相关报道|相关文章)\s*:?\s*)?(?:[【\[](?<title>[^】\]]{2,100})[】\]]\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedTitles();

    [GeneratedRegex(@"^(?:责任编辑|责编|编辑|文|作者|撰稿|编译|翻译|记者)\s*[:/]\s*(?<name>[\p{L}·\s、]{1,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledAuthor();

    /// <summary>
    /// A line of the site's menus above the headline: a section or province name, one to a line, written
    /// in Latin script (the menus of the Vietnamese site) with no Chinese in it.
    /// </summary>
    public static bool IsPageChrome(string line) => !line.Any(Chars.IsHan) && line.Length <= 60;

    /// <summary>A line that opens the related list (更多, 相关新闻).</summary>
    public static bool IsRelatedStart(string line) => RelatedStarts.Contains(Bare(line));

    /// <summary>A label inside the related list (新闻, 查看更多).</summary>
    public static bool IsRelatedLabel(string line) => RelatedLabels.Contains(Bare(line));

    /// <summary>The source line printed after the body (越通社).</summary>
    public static bool IsSourceLine(string line) => SourceLines.Contains(line.Trim());

    /// <summary>Titles of a line made of 【…】 or […] related-article links.</summary>
    public static IReadOnlyList<string>? BracketedSeeAlso(string line)
    {
        var match = BracketedTitles().Match(line);
        return match.Success ? match.Groups["title"].Captures.Select(c => c.Value.Trim()).ToList() : null;
    }

    /// <summary>
    /// Titles of the news-page template's inline line of related links: titles joined by single spaces,
    /// with no sentence punctuation at the end (a lead would end in 。).
    /// </summary>
    public static IReadOnlyList<string>? SpaceSeparatedSeeAlso(string line)
    {
        if (Chars.EndsLikeSentence(line) || line.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.All(p => Chars.CountHan(p) >= 4) ? parts : null;
    }

    /// <summary>An author or editor line: "责任编辑:娜娜", or a bare short name after the body.</summary>
    public static bool TryReadAuthor(string line, bool bareNameAllowed, out string author)
    {
        var match = LabelledAuthor().Match(line);
        if (match.Success)
        {
            author = match.Groups["name"].Value.Trim();
            return true;
        }

        // A bare author line is a name or two (娜娜, 明月、阮秋); a longer unpunctuated line is the end of the text.
        author = line.Trim();
        var names = author.Split([' ', '、', '/'], StringSplitOptions.RemoveEmptyEntries);
        return bareNameAllowed && names.Length is >= 1 and <= 3 && names.All(n => n.Length is >= 2 and <= 5 && n.All(c => Chars.IsHan(c) || Chars.IsNameDot(c)));
    }

    private static string Bare(string line) => line.Trim().TrimEnd('>', '»', '›', ':', ' ').Trim();
}

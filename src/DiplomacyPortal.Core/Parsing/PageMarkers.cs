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

    // Section labels and buttons the Chinese templates print on a line of their own above the headline.
    private static readonly FrozenSet<string> ChromeLabels = new[]
    {
        "新闻", "首页", "打印", "打印文章", "返回", "分享", "收藏", "评论", "字号", "时政", "政治", "经济", "社会", "文化", "体育",
        "旅游", "世界", "东盟", "视频", "图片", "专题", "外交", "国际", "越南", "越中关系", "越南与世界", "越南—中国",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> SourceLines = new[]
    {
        "越通社", "越南通讯社", "越通社-VNA", "VNA", "来源:越通社", "来源:越南通讯社", "消息来源:越通社",
    }.ToFrozenSet();

    // Other Vietnamese outlets whose copy reaches the same readers, by the tags their pages print, and the name
    // the source is recorded under.
    private static readonly FrozenDictionary<string, string> Outlets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["VOV"] = "VOV", ["VOVWORLD"] = "VOV", ["VOV5"] = "VOV", ["越南之声"] = "VOV", ["越南之声广播电台"] = "VOV",
        ["VGP"] = "VGP", ["越南政府新闻网"] = "VGP", ["越南政府网"] = "VGP", ["政府新闻网"] = "VGP",
        ["越共电子报"] = "越共电子报", ["越南共产党电子报"] = "越共电子报",
        ["人民报"] = "人民报", ["越南人民报"] = "人民报", ["Nhân Dân"] = "人民报", ["NDO"] = "人民报",
        ["人民军队报"] = "人民军队报", ["人民军队"] = "人民军队报", ["QĐND"] = "人民军队报", ["公安报"] = "公安报", ["越南画报"] = "越南画报", ["Báo Ảnh Việt Nam"] = "越南画报",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // "(VOV)- ", "(VOVWORLD) - ", "(越共电子报)", "VGP - ", "人民军队:" before the first sentence.
    [GeneratedRegex(@"^(?:[(（]\s*(?<tag>[^()（）]{2,16}?)\s*[)）]\s*[-–—:]*|(?<tag>[A-Za-z][A-Za-z0-9]{1,11})\s*[-–—]+|(?<tag>[\p{IsCJKUnifiedIdeographs}]{2,8})\s*[:：])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex OutletTag();

    [GeneratedRegex(@"^(?:(?:相关新闻|相关阅读|延伸阅读|相关报道|相关文章)\s*:?\s*)?(?:[【\[](?<title>[^】\]]{2,100})[】\]]\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedTitles();

    [GeneratedRegex(@"^(?:(?:责任编辑|责编|编辑|文|作者|撰稿|编译|翻译|记者)\s*[:/]\s*(?<name>[\p{L}·\s、]{1,30})|(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,8})\s+(?:编译|编辑|翻译|撰稿))$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledAuthor();

    /// <summary>
    /// A line of the site's menus and buttons above the headline: a section or province name, one to a line,
    /// written in Latin script (the menus of the Vietnamese site) with no Chinese in it, or a section label or
    /// button of the Chinese site (新闻, 打印文章).
    /// </summary>
    public static bool IsPageChrome(string line) => !line.Any(Chars.IsHan) || ChromeLabels.Contains(Bare(line));

    // The file name of a photo the page printed as text (photo-1690427406571, hong-brazil-7938905.jpg).
    [GeneratedRegex(@"^(?:photo-\d{6,}|[\w\-.]{1,120}\.(?:jpe?g|png|webp|gif))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImageFileName();

    /// <summary>A line that is only the file name of a photo.</summary>
    public static bool IsImageFileName(string line) => ImageFileName().IsMatch(line.Trim());

    /// <summary>The outlet a tag or a masthead line names (VOV, VGP, 越共电子报), or null.</summary>
    public static string? OutletNamed(string text) => Outlets.GetValueOrDefault(text.Trim());

    /// <summary>
    /// Splits the tag another outlet prints before its first sentence (<c>(VOV)- 据本台记者报道,…</c>,
    /// <c>VGP - 7月11日,…</c>) from the sentence.
    /// </summary>
    public static bool TrySplitOutletTag(string line, out string outlet, out string rest)
    {
        outlet = string.Empty;
        rest = line;
        var match = OutletTag().Match(line);
        if (!match.Success || OutletNamed(match.Groups["tag"].Value) is not { } named || match.Length >= line.Length)
        {
            return false;
        }

        outlet = named;
        rest = line[match.Length..].Trim();
        return true;
    }

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

    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}·•]{2,6})\s*[-–—]+$", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    /// <summary>The reporter's name and a dash above the text of a broadcaster's page (越强 -).</summary>
    public static bool TryReadByline(string line, out string name)
    {
        var match = BylinePattern().Match(line.Trim());
        name = match.Groups["name"].Value;
        return match.Success;
    }

    /// <summary>An author or editor line: "责任编辑:娜娜", "梅英 编译", or a bare short name after the body.</summary>
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

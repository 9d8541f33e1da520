using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>How a country was named.</summary>
public enum MentionKind
{
    /// <summary>Its name: 中国, 中华人民共和国.</summary>
    Name,

    /// <summary>A compound with another country: 越中, 中越, 越老柬.</summary>
    Compound,

    /// <summary>A side: 中方.</summary>
    Side,
}

/// <summary>A country named in a text.</summary>
/// <param name="Code">ISO alpha-2 code.</param>
/// <param name="Index">Where the form starts.</param>
/// <param name="Text">The form as written (for a compound, the whole compound).</param>
/// <param name="Kind">How it was named.</param>
public sealed record CountryMention(string Code, int Index, string Text, MentionKind Kind);

/// <summary>What a scan found: mentions, and compounds whose partner could not be told (越乌).</summary>
public sealed record CountryScan(IReadOnlyList<CountryMention> Mentions, IReadOnlyList<string> Unresolved);

/// <summary>
/// Finds countries in Chinese text: names (longest first, so 越南非常任 reads 越南 + 非常 and never 南非),
/// compounds of one-character forms around 越 (越中关系, 中越, 越印尼), and side forms (中方).
/// </summary>
public sealed class CountryFinder
{
    // Characters that turn 越 into a verb or adverb: 超越, 跨越, 越来越.
    private const string NotBeforeYue = "超跨穿飞逾卓优翻攀追激僭来清";

    // After a compound's 越, these make 越 an adverb or 越南: 其中越南, 中越来越.
    private const string NotAfterYue = "南来发是过多少";

    // After a side form, these make it another word: 方面, 方案, 方法.
    private const string NotAfterSide = "面案法式向针位圆程便言子志略";

    // An abbreviation followed by one of these is an ordinary word, not a country: 中越加强 is 中越 + 加强.
    private static readonly FrozenSet<string> WordsNotCountries = new[]
    {
        "加强", "加快", "加大", "加深", "加速", "加紧", "加入", "加上", "加以", "日益", "日前", "日内", "日起", "日至", "日电", "日在", "日上",
        "美丽", "美好", "美元", "美食", "新颖", "新的", "新时", "新阶", "新高", "新台", "新篇", "法律", "法规", "英雄", "古老", "古代", "老一",
        "老年", "马上", "西部", "西方", "西北", "西南", "印象", "印发", "白天", "蒙受", "朝着", "朝向", "朝气", "土地", "以来", "以及", "以上",
        "以下", "以后", "以前", "以便", "以为", "安全", "安排", "安定", "安宁", "波动", "保持", "保障", "保护", "保证", "科技", "科学", "比较",
        "比例", "比重", "智慧", "智能", "秘书", "委员", "哥哥", "巴士", "克服", "爱国", "亚洲", "格局", "吉祥", "坦诚", "赞赏", "纳入", "肯定",
        "突出", "突破", "摩擦", "叙述", "希望", "意义", "意见", "意愿", "罗列", "墨水", "澳门", "俄而", "东盟", "中心", "中央", "中部", "中旬",
        "中期", "中间", "中国", "越南", "老挝", "卡车", "塞车", "斯里", "塔里", "冰雪", "津贴", "厄运", "菲薄", "捷报", "芬芳", "挪用", "瑞雪",
    }.ToFrozenSet();

    private readonly KeywordMatcher<string> _names;
    private readonly KeywordMatcher<string[]> _abbreviations;
    private readonly KeywordMatcher<string> _sides;
    private readonly IReadOnlyDictionary<string, KnownCountry> _countries;
    private readonly Dictionary<string, string> _namesByCode;

    public CountryFinder(GazetteerData gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _countries = gazetteer.CountriesByCode;
        _names = new KeywordMatcher<string>(gazetteer.Countries.SelectMany(c =>
            c.Aliases.Prepend(c.Chinese).Select(n => KeyValuePair.Create(n, c.Code))));
        _abbreviations = new KeywordMatcher<string[]>(gazetteer.Countries
            .SelectMany(c => c.Abbreviations.Select(a => (Abbr: a, c.Code)))
            .GroupBy(x => x.Abbr)
            .Select(g => KeyValuePair.Create(g.Key, g.Select(x => x.Code).ToArray())));
        _sides = new KeywordMatcher<string>(gazetteer.Countries.SelectMany(c => c.Sides.Select(s => KeyValuePair.Create(s, c.Code))));
        _namesByCode = gazetteer.Countries.ToDictionary(c => c.Code, c => c.Chinese);
    }

    /// <summary>The shared finder over the embedded gazetteer.</summary>
    public static CountryFinder Default { get; } = new(GazetteerData.Default);

    /// <summary>The country whose name, alias or side form starts at <paramref name="index"/>, if any.</summary>
    public KeywordHit<string>? NameAt(string text, int index)
    {
        var hit = _names.LongestAt(text, index);
        return hit is { } h && IsWholeName(text, h) ? h : null;
    }

    /// <summary>Finds every country named in <paramref name="text"/>.</summary>
    public CountryScan Scan(string text)
    {
        var mentions = new List<CountryMention>();
        var ambiguous = new List<(int Index, string Text, string[] Codes)>();
        var i = 0;
        while (i < text.Length)
        {
            if (NameAt(text, i) is { } name)
            {
                mentions.Add(new CountryMention(name.Value, i, name.Keyword, MentionKind.Name));
                i = name.End;
                continue;
            }

            if (TryReadCompound(text, i, out var compound, out var tokens))
            {
                foreach (var codes in tokens)
                {
                    if (codes.Length == 1)
                    {
                        mentions.Add(new CountryMention(codes[0], i, compound, MentionKind.Compound));
                    }
                    else
                    {
                        ambiguous.Add((i, compound, codes));
                    }
                }

                i += compound.Length;
                continue;
            }

            if (_sides.LongestAt(text, i) is { } side && (side.End >= text.Length || !NotAfterSide.Contains(text[side.End], StringComparison.Ordinal)))
            {
                mentions.Add(new CountryMention(side.Value, i, side.Keyword, MentionKind.Side));
                i = side.End;
                continue;
            }

            i++;
        }

        // 越乌 is Ukraine, Uruguay or Uzbekistan: take the one the text names in full, if exactly one.
        var named = mentions.Where(m => m.Kind == MentionKind.Name).Select(m => m.Code).ToHashSet();
        var unresolved = new List<string>();
        foreach (var (index, form, codes) in ambiguous)
        {
            var candidates = codes.Where(named.Contains).ToList();
            if (candidates.Count == 1)
            {
                mentions.Add(new CountryMention(candidates[0], index, form, MentionKind.Compound));
            }
            else if (!unresolved.Contains(form))
            {
                unresolved.Add(form);
            }
        }

        mentions.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new CountryScan(mentions, unresolved.Select(f => $"{f} ({string.Join(", ", ambiguous.First(a => a.Text == f).Codes.Select(c => _namesByCode[c]))}?)").ToList());
    }

    private bool IsWholeName(string text, KeywordHit<string> hit) =>
        hit.End >= text.Length || !_countries[hit.Value].NotFollowedBy.Contains(text[hit.End], StringComparison.Ordinal);

    /// <summary>Reads a chain of one-character forms containing 越 (越中, 中越, 越老柬) at <paramref name="start"/>.</summary>
    private bool TryReadCompound(string text, int start, out string compound, [NotNullWhen(true)] out List<string[]>? tokens)
    {
        compound = string.Empty;
        if (_abbreviations.LongestAt(text, start) is null)
        {
            tokens = null; // most characters start no compound: no list for them
            return false;
        }

        tokens = [];
        var ends = new List<int>();
        var i = start;
        while (i < text.Length && _abbreviations.LongestAt(text, i) is { } token)
        {
            // 老挝 or 印度 inside a chain is a name, not a form: stop before it (印尼 is both).
            if (tokens.Count > 0 && _names.LongestAt(text, i) is { } name && name.Keyword.Length > token.Keyword.Length)
            {
                break;
            }

            tokens.Add(token.Value);
            ends.Add(token.End);
            i = token.End;
        }

        // Drop trailing forms that are really the start of a word (中越加强 → 中越).
        while (tokens.Count > 0 && IsWordStart(text, ends.Count > 1 ? ends[^2] : start))
        {
            tokens.RemoveAt(tokens.Count - 1);
            ends.RemoveAt(ends.Count - 1);
        }

        var vietnamAt = tokens.FindIndex(t => t is ["VN"]);
        if (tokens.Count < 2 || vietnamAt < 0)
        {
            return false;
        }

        var yue = ends[vietnamAt] - 1;
        if (vietnamAt == 0 && start > 0 && NotBeforeYue.Contains(text[start - 1], StringComparison.Ordinal))
        {
            return false;
        }

        if (vietnamAt == tokens.Count - 1 && yue + 1 < text.Length && NotAfterYue.Contains(text[yue + 1], StringComparison.Ordinal))
        {
            return false;
        }

        compound = text[start..ends[^1]];
        tokens = tokens.Where(t => t is not ["VN"]).Prepend(["VN"]).ToList();
        return true;
    }

    private static bool IsWordStart(string text, int index) =>
        index + 2 <= text.Length && WordsNotCountries.Contains(text.Substring(index, 2));
}

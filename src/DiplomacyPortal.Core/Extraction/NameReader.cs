using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// Decides where a person's name ends in running Chinese text, which has no spaces: the name is the
/// shortest run that a boundary follows — punctuation, a verb (举行, 会见), a preposition (与, 于), a title
/// after the name (总理, 上将). Weak boundaries (和, 同) count only when no strong one fits, so that
/// 黎怀忠同中国… reads 黎怀忠, not 黎怀.
/// </summary>
internal sealed class NameReader
{
    private const int MaxTransliteratedWithoutDots = 7;
    private const int MaxTransliterated = 32;

    private readonly GazetteerData _gazetteer;
    private readonly KeywordMatcher<bool> _boundaries;

    public NameReader(GazetteerData gazetteer)
    {
        _gazetteer = gazetteer;
        var strong = gazetteer.StrongBoundaries.Concat(gazetteer.AfterNameWords).Concat(gazetteer.TitleWords)
            .Concat(["今日", "今天", "昨日", "明天", "当日", "上午", "下午", "晚上", "中午", "日前", "表明", "率团", "出任", "就任"])
            .Select(w => KeyValuePair.Create(w, true));
        var weak = gazetteer.WeakBoundaries.Select(w => KeyValuePair.Create(w, false));
        _boundaries = new KeywordMatcher<bool>(strong.Concat(weak));
    }

    /// <summary>Reads a name at <paramref name="start"/> in the given style; null when none fits.</summary>
    public string? Read(string text, int start, NameStyle style)
    {
        if (start >= text.Length || !Chars.IsHan(text[start]))
        {
            return null;
        }

        return style == NameStyle.Transliterated ? ReadTransliterated(text, start) : ReadHan(text, start, style == NameStyle.Han);
    }

    /// <summary>Whether a character begins a Chinese, Vietnamese or Korean name.</summary>
    public bool StartsWithSurname(string text, int start) =>
        start < text.Length && (_gazetteer.Surnames.Contains(text[start])
            || (start + 2 <= text.Length && _gazetteer.CompoundSurnames.Contains(text.Substring(start, 2))));

    /// <summary>The Latin name in brackets right after a name: 拉夫罗夫(Sergey Lavrov).</summary>
    public static string? ReadLatinName(string text, int afterName)
    {
        if (afterName >= text.Length || text[afterName] != '(')
        {
            return null;
        }

        var close = text.IndexOf(')', afterName);
        if (close < 0 || close - afterName > 60)
        {
            return null;
        }

        var inner = text[(afterName + 1)..close].Trim();
        var letters = inner.Count(char.IsLetter);
        return letters >= 3 && inner.All(c => (char.IsLetter(c) && !Chars.IsHan(c)) || c is ' ' or '-' or '.' or '\'')
            && inner.Any(char.IsUpper)
            ? inner
            : null;
    }

    private string? ReadHan(string text, int start, bool surnameRequired)
    {
        if (surnameRequired ? !StartsWithSurname(text, start) : _boundaries.LongestAt(text, start) is not null)
        {
            return null; // 首相此次访越, 外交大臣通电话: no name follows the title
        }

        if (_boundaries.LongestAt(text, start) is { Value: true } verb && verb.End - start >= 2)
        {
            return null; // 总理祝贺熊波, 高度评价: a surname that opens a verb
        }

        int? weakFit = null;
        for (var length = 2; length <= 4 && start + length <= text.Length; length++)
        {
            if (!Chars.IsHan(text[start + length - 1]) || HasBoundaryInside(text, start, length))
            {
                break;
            }

            switch (BoundaryAt(text, start + length))
            {
                case Boundary.Strong:
                    return text.Substring(start, length);
                case Boundary.Weak:
                    weakFit ??= length;
                    break;
            }
        }

        return weakFit is { } fit ? text.Substring(start, fit) : null;
    }

    private string? ReadTransliterated(string text, int start)
    {
        if (_boundaries.LongestAt(text, start) is not null)
        {
            return null; // 外交部部长举行会谈: no name follows the title
        }

        // Transliteration spells sounds with characters that are words elsewhere (娜莉·坎都, 巴妮·雅陶都), so a
        // boundary word ends the name only once the part it would end has two characters.
        var end = start;
        var partStart = start;
        while (end < text.Length && (Chars.IsHan(text[end]) || Chars.IsNameDot(text[end]) || text[end] == '-'))
        {
            if (Chars.IsNameDot(text[end]) || text[end] == '-')
            {
                partStart = end + 1;
            }
            else if (end - partStart >= 2 && (_boundaries.LongestAt(text, end) is not null || BoundaryAt(text, end) == Boundary.Strong))
            {
                break;
            }

            end++;
        }

        var name = text[start..end].TrimEnd('·', '•', '・', '-');
        var longestPart = name.Split('·', '•', '・').Max(p => p.Length);
        return name.Length is >= 2 and <= MaxTransliterated && longestPart <= MaxTransliteratedWithoutDots ? name : null;
    }

    /// <summary>Whether a character is a word of its own that ends names (从, 和, 时): 胡光利从 is 胡光利.</summary>
    public bool IsBoundaryCharacter(char c) => _boundaries.LongestAt(c.ToString(), 0) is not null;

    /// <summary>Whether a boundary word (a verb, a preposition, a title) ends right before <paramref name="index"/>.</summary>
    public bool BoundaryEndsAt(string text, int index)
    {
        for (var length = 1; length <= 4 && index - length >= 0; length++)
        {
            if (_boundaries.LongestAt(text, index - length) is { } hit && hit.End == index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name may end right before <paramref name="index"/>: punctuation, a boundary word or the text's end.</summary>
    public bool EndsNameAt(string text, int index) => BoundaryAt(text, index) != Boundary.None;

    /// <summary>Whether an organisation's word (基金会, 大学) follows at <paramref name="index"/>.</summary>
    public bool IsOrganizationWordAt(string text, int index) =>
        _gazetteer.OrganizationWords.Any(w => string.CompareOrdinal(text, index, w, 0, w.Length) == 0);

    /// <summary>Whether a word that surely ends a name (a verb, a preposition, a title) begins at <paramref name="index"/>.</summary>
    public bool IsStrongBoundary(string text, int index) => _boundaries.LongestAt(text, index) is { Value: true };

    private bool HasBoundaryInside(string text, int start, int length)
    {
        // A candidate may not swallow a boundary word (高度评价), except at its first character (a surname).
        for (var i = start + 1; i < start + length; i++)
        {
            if (_boundaries.LongestAt(text, i) is { Value: true } hit && hit.End <= start + length)
            {
                return true;
            }
        }

        return false;
    }

    private Boundary BoundaryAt(string text, int index)
    {
        if (index >= text.Length || !Chars.IsHan(text[index]))
        {
            return Boundary.Strong;
        }

        if (_gazetteer.BeforeBoundary.Contains(text[index]) && BoundaryAt(text, index + 1) == Boundary.Strong)
        {
            return Boundary.Strong;
        }

        return _boundaries.LongestAt(text, index) switch
        {
            { Value: true } => Boundary.Strong,
            { Value: false } => Boundary.Weak,
            _ => Boundary.None,
        };
    }

    private enum Boundary
    {
        None,
        Weak,
        Strong,
    }
}

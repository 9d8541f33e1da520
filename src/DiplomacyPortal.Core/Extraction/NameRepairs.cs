using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// Repairs names that reading one sentence at a time cut in the wrong place, by what the article's other sentences
/// show: a transliteration cut before a syllable that is also a word, a name read one word too far, one read on into
/// the words after it. Each step maps the mentions' names; none invents a name.
/// </summary>
internal sealed class NameRepairs(GazetteerData gazetteer, NameReader names)
{
    private readonly GazetteerData _gazetteer = gazetteer;
    private readonly NameReader _names = names;

    /// <summary>All the repairs, in the order they build on each other.</summary>
    public List<OfficialMention> Apply(List<OfficialMention> mentions, IReadOnlyList<ArticleText> texts) =>
        TrimByRepeats(JoinOverreadNames(ExtendCutNames(mentions, texts), texts), texts);

    /// <summary>
    /// A transliterated name cut before a character that is also a word (巴妮·雅陶 before 都热烈欢迎) is read
    /// whole where another sentence shows that character closing the name, right before punctuation.
    /// </summary>
    public List<OfficialMention> ExtendCutNames(List<OfficialMention> mentions, IReadOnlyList<ArticleText> texts)
    {
        var longer = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in mentions.Where(m => m.Known is null && m.Name.IndexOfAny(NameForms.DotArray) >= 0).Select(m => m.Name).Distinct())
        {
            foreach (var text in texts.Select(t => t.Text))
            {
                foreach (var at in Occurrences(text, name))
                {
                    var next = at + name.Length;
                    if (next + 1 < text.Length && Chars.IsHan(text[next]) && !Chars.IsHan(text[next + 1]) && !Chars.IsNameDot(text[next + 1])
                        && !_names.IsStrongBoundary(text, next) && !_gazetteer.BeforeBoundary.Contains(text[next]))
                    {
                        longer[name] = name + text[next];
                    }
                }
            }
        }

        return Rename(mentions, longer);
    }

    /// <summary>
    /// Two names found that differ by a last character are one person: read too far where that character is a
    /// word of its own (胡光利从 beside 胡光利), cut too early where it is not (茂木敏 beside 茂木敏充).
    /// </summary>
    public List<OfficialMention> JoinOverreadNames(List<OfficialMention> mentions, IReadOnlyList<ArticleText> texts)
    {
        var names = mentions.Where(m => m.Known is null).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var rename = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => n.Length >= 3 && names.Contains(n[..^1])))
        {
            if (_names.IsBoundaryCharacter(name[^1]))
            {
                rename[name] = name[..^1];
            }
            else
            {
                rename[name[..^1]] = name;
            }
        }

        // Found only read too far (胡光利从9月6日…), while another sentence writes it without that word (胡光利与…).
        foreach (var name in names.Where(n => n.Length >= 3 && !rename.ContainsKey(n) && _names.IsBoundaryCharacter(n[^1])))
        {
            var shorter = name[..^1];
            if (texts.Any(t => Occurrences(t.Text, shorter).Any(at => at + shorter.Length < t.Text.Length && t.Text[at + shorter.Length] != name[^1]
                && _names.EndsNameAt(t.Text, at + shorter.Length))))
            {
                rename[name] = shorter;
            }
        }

        return Rename(mentions, rename);
    }

    /// <summary>The mentions with their names mapped; a mention written as its name is written as the new one.</summary>
    private static List<OfficialMention> Rename(List<OfficialMention> mentions, Dictionary<string, string> names) =>
        names.Count == 0 ? mentions : mentions.Select(m => names.TryGetValue(m.Name, out var renamed)
            ? m with { Name = renamed, Written = m.Written == m.Name ? renamed : m.Written }
            : m).ToList();

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>
    /// A transliterated name read on into the words after it (安东尼奥·古特雷斯相信) ends where the text, writing
    /// it elsewhere, goes on differently: the longest form of its last part that another sentence follows
    /// with something else.
    /// </summary>
    public List<OfficialMention> TrimByRepeats(List<OfficialMention> mentions, IReadOnlyList<ArticleText> texts)
    {
        var trimmed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in mentions.Where(m => m.Known is null && m.Name.IndexOfAny(NameForms.DotArray) > 0).Select(m => m.Name).Distinct())
        {
            var partStart = name.LastIndexOfAny(NameForms.DotArray) + 1;
            for (var end = name.Length - 1; end >= partStart + 2; end--)
            {
                var part = name[partStart..end];
                if (texts.Any(t => EndsThereElsewhere(t.Text, part, name[end])))
                {
                    trimmed[name] = name[..end];
                    break;
                }
            }
        }

        return Rename(mentions, trimmed);

        // Elsewhere the part stands before punctuation or a word that ends names (科尔曼表示), not merely before
        // another character (阿卜杜勒 inside 阿卜杜勒拉赫曼 says nothing).
        bool EndsThereElsewhere(string text, string part, char next)
        {
            foreach (var at in Occurrences(text, part))
            {
                var after = at + part.Length;
                if (after >= text.Length || (text[after] != next && (!Chars.IsHan(text[after]) || _names.IsStrongBoundary(text, after))))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

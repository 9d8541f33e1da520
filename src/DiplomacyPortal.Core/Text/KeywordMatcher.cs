namespace DiplomacyPortal.Core.Text;

/// <summary>A keyword found in a text.</summary>
public readonly record struct KeywordHit<T>(int Index, string Keyword, T Value)
{
    /// <summary>Index just past the keyword.</summary>
    public int End => Index + Keyword.Length;
}

/// <summary>
/// Finds many keywords in a text in one pass: candidates are grouped by their first character and tried
/// longest first, so the scan costs one dictionary lookup per character and "印度尼西亚" wins over "印度".
/// </summary>
public sealed class KeywordMatcher<T>
{
    private readonly Dictionary<char, (string Keyword, T Value)[]> _byFirstChar;

    /// <summary>Builds a matcher; a keyword given twice keeps its first value.</summary>
    public KeywordMatcher(IEnumerable<KeyValuePair<string, T>> keywords)
    {
        _byFirstChar = keywords
            .Where(k => k.Key.Length > 0)
            .DistinctBy(k => k.Key, StringComparer.Ordinal)
            .GroupBy(k => k.Key[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Key.Length).Select(k => (k.Key, k.Value)).ToArray());
    }

    /// <summary>The longest keyword that starts at <paramref name="index"/>, if any.</summary>
    public KeywordHit<T>? LongestAt(string text, int index)
    {
        if (index < 0 || index >= text.Length || !_byFirstChar.TryGetValue(text[index], out var candidates))
        {
            return null;
        }

        foreach (var (keyword, value) in candidates)
        {
            if (index + keyword.Length <= text.Length && string.CompareOrdinal(text, index, keyword, 0, keyword.Length) == 0)
            {
                return new KeywordHit<T>(index, keyword, value);
            }
        }

        return null;
    }

    /// <summary>Leftmost-longest, non-overlapping hits from left to right.</summary>
    public List<KeywordHit<T>> FindAll(string text)
    {
        var hits = new List<KeywordHit<T>>();
        var i = 0;
        while (i < text.Length)
        {
            if (LongestAt(text, i) is { } hit)
            {
                hits.Add(hit);
                i = hit.End;
            }
            else
            {
                i++;
            }
        }

        return hits;
    }

    /// <summary>Every hit, overlapping ones included (each start position gives its longest keyword).</summary>
    public List<KeywordHit<T>> FindAllOverlapping(string text)
    {
        var hits = new List<KeywordHit<T>>();
        for (var i = 0; i < text.Length; i++)
        {
            if (LongestAt(text, i) is { } hit)
            {
                hits.Add(hit);
            }
        }

        return hits;
    }
}

namespace DiplomacyPortal.Core.Text;

/// <summary>Splits Chinese text into sentences and clauses, the units in which a statement's words belong together.</summary>
public static class Sentences
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    private static readonly char[] ClauseEnds = ['，', '。', '！', '？', '；', '：', ',', '!', '?', ';', ':', '\n'];

    /// <summary>The sentences of a text, trimmed, empty ones left out; the end mark stays with its sentence.</summary>
    public static IEnumerable<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(SentenceEnds, start);
            var sentence = (end < 0 ? text[start..] : text[start..(end + 1)]).Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = end < 0 ? text.Length : end + 1;
        }
    }

    /// <summary>Whether a character ends a clause (a comma, a colon, a sentence's end).</summary>
    public static bool EndsClause(char c) => Array.IndexOf(ClauseEnds, c) >= 0;

    /// <summary>Where the clause that goes on from <paramref name="from"/> ends (its mark's index, or the text's end).</summary>
    public static int ClauseEnd(string text, int from)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = from;
        while (end < text.Length && !EndsClause(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Whether any of <paramref name="words"/> stands in the <paramref name="window"/> characters before
    /// <paramref name="index"/>, within its clause (有望 in 双方有望在年内签署).
    /// </summary>
    public static bool AnyBefore(string text, int index, IEnumerable<string> words, int window)
    {
        ArgumentNullException.ThrowIfNull(words);
        var from = Math.Max(ClauseStart(text, index), index - window);
        var before = text.AsSpan(from, index - from);
        foreach (var word in words)
        {
            if (before.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence as evidence: whole up to <paramref name="max"/> characters, else cut there with an ellipsis.</summary>
    public static string AsEvidence(string sentence, int max = 300)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length <= max)
        {
            return sentence;
        }

        // Not between the two halves of a character outside the basic plane (a rare Han character).
        var cut = char.IsHighSurrogate(sentence[max - 1]) ? max - 1 : max;
        return sentence[..cut] + "…";
    }

    /// <summary>Where the clause holding <paramref name="index"/> begins.</summary>
    public static int ClauseStart(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Min(index, text.Length);
        while (start > 0 && !EndsClause(text[start - 1]))
        {
            start--;
        }

        return start;
    }
}

namespace DiplomacyPortal.Core.Text;

/// <summary>Character classes the parser and extractors need.</summary>
public static class Chars
{
    /// <summary>A CJK ideograph (the characters of Chinese text, not its punctuation).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The dots that join the parts of a transliterated name (亚历山大·图尔钦).</summary>
    public static bool IsNameDot(char c) => c is '·' or '•' or '・' or '‧' or '･';

    /// <summary>Whether the text ends like a sentence (。!? or a closing quote after one).</summary>
    public static bool EndsLikeSentence(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var last = trimmed[^1];
        if (last is '”' or '"' or '’' or ')' or '」' && trimmed.Length > 1)
        {
            last = trimmed[^2];
        }

        return last is '。' or '!' or '?' or '…' or '.' or ';';
    }

    /// <summary>Counts the Han characters of a text.</summary>
    public static int CountHan(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                count++;
            }
        }

        return count;
    }
}

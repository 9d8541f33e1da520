using System.Text;

namespace DiplomacyPortal.Core.Text;

/// <summary>
/// Brings text into the one form the parser reads. The live site writes full-width punctuation
/// (，（完）：) where the saved files have half-width; folding full-width ASCII forms makes both parse
/// identically and gives one stored form. Vietnamese diacritics are composed (NFC) so that "ảnh"
/// written with combining marks still matches.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Folds widths, composes diacritics, unifies line ends, drops invisible characters and spaces inside names.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case >= '\uFF01' and <= '\uFF5E':
                    builder.Append((char)(c - 0xFEE0));
                    break;
                case '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\t':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    break;
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                case ' ' when IsSpaceInName(text, i, builder):
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A space typed beside the dot of a transliterated name (诺罗敦 ·西哈莫尼, 巴妮• 雅陶都) splits one name in two;
    /// it is dropped where a Chinese character stands on the other side of the dot.
    /// </summary>
    private static bool IsSpaceInName(string text, int i, StringBuilder before) =>
        (i + 2 < text.Length && Chars.IsNameDot(text[i + 1]) && Chars.IsHan(text[i + 2]) && before.Length > 0 && Chars.IsHan(before[^1]))
        || (before.Length > 1 && Chars.IsNameDot(before[^1]) && Chars.IsHan(before[^2]) && i + 1 < text.Length && Chars.IsHan(text[i + 1]));

    /// <summary>
    /// A key that is equal for texts that differ only in spacing, punctuation and case; for matching
    /// headlines. Give it normalised text (<see cref="Normalize"/>), so that punctuation widths agree.
    /// </summary>
    public static string MatchKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(CountKeyChars(text), text, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (IsKeyChar(c))
                {
                    span[i++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    /// <summary>Whether two normalised texts have the same <see cref="MatchKey"/>, without building the keys.</summary>
    public static bool SameKey(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !IsKeyChar(a[i]))
            {
                i++;
            }

            while (j < b.Length && !IsKeyChar(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    // Han characters are by far the most common and are always part of the key: test them first.
    private static bool IsKeyChar(char c) =>
        Chars.IsHan(c) || char.IsAsciiLetterOrDigit(c) || (c > '\u007F' && !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c));

    private static int CountKeyChars(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsKeyChar(c))
            {
                count++;
            }
        }

        return count;
    }
}

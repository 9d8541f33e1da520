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
    /// <summary>Folds widths, composes diacritics, unifies line ends and drops invisible characters.</summary>
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
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A key that is equal for texts that differ only in spacing and punctuation width; for matching headlines.</summary>
    public static string MatchKey(string text)
    {
        var normalized = Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}

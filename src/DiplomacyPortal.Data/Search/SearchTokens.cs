using System.Globalization;
using System.Text;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Data.Search;

/// <summary>
/// Turns text into the tokens the full-text index stores. Chinese has no spaces, and two-character words
/// (王毅, 东海) are common, so Han text is indexed as character bigrams (a phrase of consecutive bigrams
/// finds any longer word) and as single characters (for one-character queries). Latin words — romanised
/// names, English terms — are indexed as words, with Vietnamese diacritics folded so that "Pham Binh Minh"
/// finds "Phạm Bình Minh". Why and the measurements: docs/decisions/0003-search-tokens-computed-in-csharp.md.
/// </summary>
public static class SearchTokens
{
    /// <summary>"越中两国" → "越中 中两 两国".</summary>
    /// <remarks>Each run of Han characters ends with "|", so no bigram spans two runs: a phrase query cannot match across punctuation.</remarks>
    public static string Bigrams(string text)
    {
        // Read in place rather than through HanRuns: an article's text has hundreds of runs, each a string there.
        var builder = new StringBuilder(text.Length * 3);
        var inRun = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var isHan = i < text.Length && Chars.IsHan(text[i]);
            if (isHan && inRun)
            {
                builder.Append(text[i - 1]).Append(text[i]).Append(' ');
            }
            else if (!isHan && inRun)
            {
                builder.Append("| ");
            }

            inRun = isHan;
        }

        return builder.ToString();
    }

    /// <summary>"越中越" → "越 中": each Han character once, in the order it first appears.</summary>
    /// <remarks>
    /// Single characters only answer one-character queries, which ask whether a text holds the character, never
    /// where: written once each, an article's body gives a third as many of them, and the index's import time and
    /// size drop with every token left out.
    /// </remarks>
    public static string Unigrams(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        var seen = new HashSet<char>();
        foreach (var c in text)
        {
            if (Chars.IsHan(c) && seen.Add(c))
            {
                builder.Append(c).Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>The Latin words of a text, lower-cased, diacritics and Đ folded.</summary>
    public static string LatinWords(string text) => string.Join(' ', LatinWordList(text));

    /// <summary>The Latin words of a text as a list.</summary>
    public static List<string> LatinWordList(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in FoldLatin(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Runs of consecutive Han characters.</summary>
    public static IEnumerable<string> HanRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isHan = i < text.Length && Chars.IsHan(text[i]);
            if (isHan && start < 0)
            {
                start = i;
            }
            else if (!isHan && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Removes diacritics (ạ → a) and maps Đ to D; Han characters are left out.</summary>
    public static string FoldLatin(string text)
    {
        var decomposed = text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && !Chars.IsHan(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

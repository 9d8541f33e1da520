using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// What a headline looks like: a short line that does not end a sentence. VNA headlines run to about forty
/// characters and never close with 。, so a long line ending in 。 is the lead or the body of a page whose
/// headline was lost, and promoting it would show a paragraph as the title.
/// </summary>
public static class HeadlineShape
{
    /// <summary>The longest line still taken for a headline.</summary>
    public const int MaxLength = 70;

    /// <summary>Whether <paramref name="line"/> can be a headline.</summary>
    public static bool Fits(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        return text.Length is >= 2 and <= MaxLength
            && Chars.CountHan(text) >= 2
            && !text.EndsWith('。')
            && !(text.Length > 40 && Chars.EndsLikeSentence(text));
    }
}

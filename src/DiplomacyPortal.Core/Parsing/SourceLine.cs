namespace DiplomacyPortal.Core.Parsing;

/// <summary>A non-blank line of the input, trimmed.</summary>
/// <param name="Number">1-based line number in the input.</param>
/// <param name="Text">The line without surrounding white space.</param>
/// <param name="FollowsBlank">Whether a blank line stands right before it; the news-page template
/// prints a photo's caption directly under the photo, with no blank line between.</param>
public sealed record SourceLine(int Number, string Text, bool FollowsBlank)
{
    /// <summary>Splits normalised text into its non-blank lines.</summary>
    public static List<SourceLine> Split(string normalizedText)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        var previousBlank = true;
        foreach (var raw in normalizedText.Split('\n'))
        {
            number++;
            var text = raw.Trim();
            if (text.Length == 0)
            {
                previousBlank = true;
                continue;
            }

            lines.Add(new SourceLine(number, text, previousBlank));
            previousBlank = false;
        }

        return lines;
    }
}

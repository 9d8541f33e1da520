namespace DiplomacyPortal.Web.Presentation;

/// <summary>A paragraph of an article's body as the article page shows it: a subheading or running text.</summary>
public sealed record BodyParagraph(string Text, bool IsSubheading)
{
    /// <summary>
    /// The stored body split into its paragraphs (they are kept separated by a blank line); those that are also
    /// among the stored subheadings (one a line) are subheadings.
    /// </summary>
    public static IReadOnlyList<BodyParagraph> Of(string body, string? subheadings)
    {
        ArgumentNullException.ThrowIfNull(body);
        var headings = (subheadings ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return [.. body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => new BodyParagraph(p, headings.Contains(p)))];
    }
}

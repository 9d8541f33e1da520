namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// Parses an article's text — a text dump of a VNA page or a saved web page — into a <see cref="ParsedArticle"/>.
/// A pure function: no I/O, no shared state; problems come back as warnings, never as exceptions.
/// </summary>
public static class ArticleParser
{
    /// <summary>
    /// The version of the parsing and extraction rules, stored with every parsed file. Raise it when the
    /// rules change, so that `reparse` can tell which files an older parser read.
    /// </summary>
    public const string Version = "1.0";

    /// <summary>Parses text or HTML, telling them apart by their first characters.</summary>
    public static ParsedArticle Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LooksLikeHtml(text) ? HtmlArticleParser.Parse(text) : TextArticleParser.Parse(text);
    }

    /// <summary>Whether the text is a web page rather than a text dump.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart("\uFEFF \t\r\n");
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<head", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<meta", StringComparison.OrdinalIgnoreCase)));
    }
}

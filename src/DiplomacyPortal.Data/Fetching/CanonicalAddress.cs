using System.Text;
using AngleSharp.Html.Parser;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>
/// The address a page names as its own: <c>link rel="canonical"</c>, else <c>og:url</c>, else the address it was
/// served from. A story reached through a tracking link, a mobile address or a redirect is then one page. An address on
/// another host is not taken.
/// </summary>
public static class CanonicalAddress
{
    /// <summary>Only the head is read: the two tags live there, and a page's body can be megabytes.</summary>
    private const int HeadBytes = 64 * 1024;

    public static Uri Of(byte[] content, string? contentType, Uri servedFrom)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(servedFrom);
        if (contentType is null || !contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return servedFrom;
        }

        // UTF-8 reads the ASCII of the tags whatever the page's own encoding (GB 18030 and Big5 keep ASCII as it is).
        var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, HeadBytes));
        var document = new HtmlParser().ParseDocument(head);
        var named = document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url' i][content]")?.GetAttribute("content");
        // Only an address on the same host counts: a page must not be able to speak for another site's pages.
        return named is not null && Uri.TryCreate(servedFrom, named.Trim(), out var canonical) && canonical.Scheme is "http" or "https"
            && string.Equals(canonical.Host, servedFrom.Host, StringComparison.OrdinalIgnoreCase)
            ? canonical
            : servedFrom;
    }
}

using System.Text.Encodings.Web;
using DiplomacyPortal.Data.Search;
using Microsoft.AspNetCore.Html;

namespace DiplomacyPortal.Web.Presentation;

/// <summary>
/// Search snippets with the matches marked. The article text is HTML-encoded piece by piece and only the
/// &lt;mark&gt; tags are ours, so text from an article can never become markup.
/// </summary>
public static class Snippets
{
    private const int Context = 40;

    public static IHtmlContent Highlight(string text, string? query, int maxLength = 160)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = SearchQuery.Terms(query).Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToList();
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - Context);
        var window = text.Substring(start, Math.Min(maxLength, text.Length - start));

        var builder = new HtmlContentBuilder();
        if (start > 0)
        {
            builder.Append("…");
        }

        var position = 0;
        while (position < window.Length)
        {
            var (index, term) = terms.Select(t => (Index: window.IndexOf(t, position, StringComparison.OrdinalIgnoreCase), Term: t))
                .Where(m => m.Index >= 0).OrderBy(m => m.Index).FirstOrDefault(m => true);
            if (term is null)
            {
                builder.Append(window[position..]);
                break;
            }

            builder.Append(window[position..index]);
            builder.AppendHtml("<mark>").AppendHtml(HtmlEncoder.Default.Encode(window.Substring(index, term.Length))).AppendHtml("</mark>");
            position = index + term.Length;
        }

        if (start + window.Length < text.Length)
        {
            builder.Append("…");
        }

        return builder;
    }
}

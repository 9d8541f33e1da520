using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// Parses a saved VNA web page. The page's markup names what the text dump only implies — headline
/// (og:title, h1), publication time (article:published_time), lead (sapo), photos (div.article-photo,
/// img.cms-photo, figure), author (div.cms-author), related lists — so those are read from the DOM. The body
/// is rendered to lines and read by the same rules as a text dump, so that dateline, end marker and
/// photos inside the text come out exactly as they would from the text of the same page.
/// </summary>
internal static class HtmlArticleParser
{
    private const string BodySelectors = "[itemprop=articleBody], .article__body, .article-body, .cms-body, .detail-content, .article-content, .content-detail, article .content, article, main";
    private const string LeadSelectors = ".sapo, .article__sapo, .cms-desc, .article-sapo, .summary, .lead";
    private const string AuthorSelectors = ".cms-author, .article__author, .author, .article-author";
    private const string RelatedSelectors = ".related, .article-relate, .box-related, .related-news, .more-news, .news-related, .list-related, .article__related, .box-more";
    private const string PhotoSelectors = ".article-photo, figure, table.picture, .cms-photo-wrapper";

    /// <summary>A paragraph longer than this is the article's prose, not a related item's summary.</summary>
    private const int LongestRelatedLine = 200;

    /// <summary>A list is two links or more; one link beside a label is a tag or a "more" button.</summary>
    private const int MinRelatedLinks = 2;

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "iframe", "svg", "button", "form", "nav", "header", "footer", "aside" };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase) { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "tr", "td", "figure", "ul", "ol", "table", "tbody", "pre" };

    public static ParsedArticle Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);

        var headline = Clean(Meta(document, "og:title")) ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(document.Title);
        var leadElement = document.QuerySelector(LeadSelectors);

        // Templates change their class names; the page's own metadata names the lead and the author as well.
        var lead = Clean(leadElement?.TextContent) ?? DescriptionAsLead(document, headline);
        var author = Clean(document.QuerySelector(AuthorSelectors)?.TextContent)
            ?? Clean(Meta(document, "author")) ?? Clean(document.QuerySelector("[itemprop=author], [rel=author]")?.TextContent);
        var relatedBlocks = document.QuerySelectorAll(RelatedSelectors).Where(e => !e.Ancestors<IElement>().Any(a => a.Matches(RelatedSelectors))).ToList();
        relatedBlocks.AddRange(RelatedBlocksByHeading(document, relatedBlocks));
        var pageAddress = PageAddress(document);
        var related = relatedBlocks.SelectMany(block => ReadRelated(block, pageAddress)).ToList();

        var body = document.QuerySelector(BodySelectors) ?? document.Body;
        var text = new StringBuilder();
        if (headline is not null)
        {
            text.AppendLine(headline).AppendLine();
        }

        if (lead is not null)
        {
            text.AppendLine(lead).AppendLine();
        }

        var photoNumber = 0;
        if (body is not null)
        {
            var exclude = new HashSet<INode>(relatedBlocks);
            foreach (var selector in new[] { "h1", LeadSelectors, AuthorSelectors })
            {
                foreach (var element in body.QuerySelectorAll(selector))
                {
                    exclude.Add(element);
                }
            }

            RenderBlock(body, text, exclude, headline, ref photoNumber);
        }

        if (author is not null)
        {
            text.AppendLine().AppendLine(author);
        }

        var parsed = TextArticleParser.Parse(text.ToString());
        var warnings = parsed.Warnings.ToList();
        var publishedAt = ParsePublishedTime(Meta(document, "article:published_time"), warnings);
        return parsed with
        {
            Layout = ArticleLayout.Html,
            PublishedAt = publishedAt ?? parsed.PublishedAt,
            Author = author ?? parsed.Author,
            Related = [.. parsed.Related, .. related],
            Warnings = warnings,
        };
    }

    /// <summary>The page's description, when it is more than the headline again: the lead of a template whose classes are unknown.</summary>
    private static string? DescriptionAsLead(IDocument document, string? headline)
    {
        var description = Clean(Meta(document, "og:description")) ?? Clean(Meta(document, "description"));
        return description is not null && (headline is null || !TextNormalizer.SameKey(description, headline)) && description.Length > 10 ? description : null;
    }

    /// <summary>
    /// Related lists the known class names miss, found by their heading's text (更多, 相关新闻, 相关报道, 延伸阅读):
    /// the smallest element around the heading that also holds links.
    /// </summary>
    private static IEnumerable<IElement> RelatedBlocksByHeading(IDocument document, List<IElement> known)
    {
        // A heading is a label of its own (not a link, not in the site's menus), and its block holds links but none
        // of the article: no headline, no paragraph of prose.
        var headings = document.QuerySelectorAll("h2, h3, h4, h5, h6, strong, span, p, div")
            .Where(e => e.Children.Length == 0 && PageMarkers.IsRelatedStart(e.TextContent))
            .Where(e => !e.Ancestors<IElement>().Any(a => SkippedElements.Contains(a.LocalName)))
            .Where(e => !known.Any(k => k == e || k.Contains(e)));
        var blocks = new List<IElement>();
        foreach (var heading in headings.ToList())
        {
            var block = heading.Ancestors<IElement>().FirstOrDefault(a => a.QuerySelectorAll("a[href]").Length > 0);
            if (block is not null && block.LocalName is not ("body" or "html" or "article" or "main")
                && block.QuerySelectorAll("a[href]").Length >= MinRelatedLinks
                && !block.Matches(BodySelectors) && block.QuerySelector(BodySelectors) is null && block.QuerySelector("h1") is null
                && !block.QuerySelectorAll("p").Any(IsArticleProse)
                && !blocks.Any(b => b.Contains(block)))
            {
                blocks.Add(block);
                yield return block;
            }
        }
    }

    /// <summary>A paragraph of the article itself: long, or holding its dateline or end marker.</summary>
    private static bool IsArticleProse(IElement paragraph)
    {
        var text = Clean(paragraph.TextContent);
        return text is not null && paragraph.QuerySelector("a") is null
            && (text.Length > LongestRelatedLine || DatelineParser.TryParse(text, out _, out _) || EndMarkerParser.TrySplit(text, out _, out _));
    }

    private static string? Meta(IDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
        ?? document.QuerySelector($"meta[name='{property}']")?.GetAttribute("content");

    private static DateTimeOffset? ParsePublishedTime(string? value, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            // A time with no offset is the site's own, Hanoi time.
            var hasOffset = value.Contains('+', StringComparison.Ordinal) || value.EndsWith('Z') || value.LastIndexOf('-') > 10;
            return hasOffset ? parsed.ToOffset(TimestampParser.VietnamOffset) : new DateTimeOffset(parsed.DateTime, TimestampParser.VietnamOffset);
        }

        warnings.Add($"The page's publication time '{value}' could not be read.");
        return null;
    }

    /// <summary>Renders a block to text lines, a blank line between paragraphs, photos as "ảnh N" lines.</summary>
    private static void RenderBlock(IElement element, StringBuilder text, HashSet<INode> exclude, string? headline, ref int photoNumber)
    {
        var line = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (exclude.Contains(node))
            {
                continue;
            }

            switch (node)
            {
                case IText textNode:
                    line.Append(textNode.Data);
                    break;
                case IElement child when SkippedElements.Contains(child.LocalName):
                    break;
                case IElement child when child.LocalName == "br":
                    Flush(line, text);
                    break;
                case IElement child when child.Matches(PhotoSelectors) || child.LocalName == "img":
                    Flush(line, text);
                    RenderPhoto(child, text, headline, ref photoNumber);
                    break;
                case IElement child when BlockElements.Contains(child.LocalName):
                    Flush(line, text);
                    RenderBlock(child, text, exclude, headline, ref photoNumber);
                    break;
                case IElement child:
                    line.Append(child.TextContent);
                    break;
            }
        }

        Flush(line, text);
    }

    private static void RenderPhoto(IElement photo, StringBuilder text, string? headline, ref int photoNumber)
    {
        var image = photo.LocalName == "img" ? photo : photo.QuerySelector("img");
        var caption = Clean(photo.QuerySelector("figcaption")?.TextContent)
            ?? Clean(image?.GetAttribute("cms-photo-caption"))
            ?? Clean(photo.QuerySelector(".cms-photo-caption, .PhotoCMS_Caption, .caption, span")?.TextContent)
            ?? Clean(photo.QuerySelector("td.caption, .image-caption")?.TextContent);
        photoNumber++;
        var alt = Clean(image?.GetAttribute("alt")) ?? headline ?? string.Empty;
        text.Append(alt).Append(" ảnh ").Append(photoNumber.ToString(CultureInfo.InvariantCulture)).AppendLine(caption ?? string.Empty).AppendLine();
    }

    private static void Flush(StringBuilder line, StringBuilder text)
    {
        var paragraph = Clean(line.ToString());
        line.Clear();
        if (paragraph is not null)
        {
            text.AppendLine(paragraph).AppendLine();
        }
    }

    /// <summary>The page's own absolute address (canonical link, og:url), against which relative links are read; null when it names none.</summary>
    private static Uri? PageAddress(IDocument document) =>
        (document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href") ?? Meta(document, "og:url")) is { } named
        && Uri.TryCreate(named.Trim(), UriKind.Absolute, out var address) && address.Scheme is "http" or "https" ? address : null;

    /// <summary>Where an item's link points, absolute; a relative link only when the page names its own address.</summary>
    private static string? LinkOf(IElement item, Uri? pageAddress)
    {
        var href = (item.LocalName == "a" ? item : item.QuerySelector("a[href]"))?.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href))
        {
            return null;
        }

        // On Linux "/news/1.vnp" reads as an absolute file path, so an address counts as absolute only when it is web's.
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return pageAddress is not null && Uri.TryCreate(pageAddress, href, out var relative) && relative.Scheme is "http" or "https" ? relative.ToString() : null;
    }

    private static IEnumerable<ParsedRelatedItem> ReadRelated(IElement block, Uri? pageAddress)
    {
        var items = block.QuerySelectorAll("li, article, .item, .story").Where(e => e.QuerySelector("a, h2, h3, h4") is not null).ToList();
        if (items.Count == 0)
        {
            // A list of bare links under its heading: each link is an item.
            items = block.QuerySelectorAll("a[href]").Where(a => !PageMarkers.IsRelatedStart(a.TextContent) && Clean(a.TextContent) is not null).ToList();
        }

        foreach (var item in items)
        {
            var headline = Clean(item.QuerySelector("h2, h3, h4, .title, .story__title, .story__heading")?.TextContent)
                ?? Clean((item.LocalName == "a" ? item : item.QuerySelector("a"))?.TextContent);
            if (headline is null)
            {
                continue;
            }

            var summary = Clean(item.QuerySelector(".sapo, .summary, .story__summary, .story__sapo, p")?.TextContent);
            var captionText = Clean(item.QuerySelector("figcaption, .caption")?.TextContent) ?? Clean(item.QuerySelector("img")?.GetAttribute("cms-photo-caption"));
            var parts = captionText is null ? default : ImageCaptionParser.Split(captionText);
            var caption = parts.Caption;
            if (caption is not null && TextNormalizer.SameKey(caption, headline))
            {
                caption = null; // the site repeats the headline where a picture has no caption
            }

            yield return new ParsedRelatedItem(caption, headline, summary == headline ? null : summary, parts.Credit, LinkOf(item, pageAddress));
        }
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = string.Join(' ', TextNormalizer.Normalize(text).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}

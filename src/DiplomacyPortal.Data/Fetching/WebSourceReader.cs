using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>A page a feed or sitemap lists, with the time it says the page last changed, when it says.</summary>
public sealed record ListedPage(Uri Url, DateTimeOffset? Changed);

/// <summary>What a feed or sitemap lists: its pages, and the sitemaps an index names.</summary>
public sealed record SourceListing(string Kind, IReadOnlyList<ListedPage> Pages, IReadOnlyList<Uri> Sitemaps, string? Error);

/// <summary>
/// Reads the pages a web source lists: an RSS 2.0 or Atom feed (through System.ServiceModel.Syndication), or an XML
/// sitemap (sitemaps.org: <c>urlset</c> with <c>loc</c> and <c>lastmod</c>, a <c>sitemapindex</c> of sitemaps; the news
/// extension's publication date stands in for a missing <c>lastmod</c>). Only http and https links are kept.
/// </summary>
public static class WebSourceReader
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static SourceListing Read(byte[] content, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 50_000_000 };
        try
        {
            using var stream = new MemoryStream(content);
            var document = XDocument.Load(XmlReader.Create(stream, settings));
            var root = document.Root!;
            if (root.Name == Sitemap + "urlset" || root.Name.LocalName == "urlset")
            {
                var pages = root.Elements().Where(e => e.Name.LocalName == "url").Select(url =>
                {
                    var changed = Time(Child(url, "lastmod")?.Value) ?? Time(url.Descendants(News + "publication_date").FirstOrDefault()?.Value);
                    return Link(Child(url, "loc")?.Value, baseUrl) is { } link ? new ListedPage(link, changed) : null;
                }).OfType<ListedPage>().ToList();
                return new SourceListing("sitemap", pages, [], null);
            }

            if (root.Name.LocalName == "sitemapindex")
            {
                var sitemaps = root.Elements().Where(e => e.Name.LocalName == "sitemap").Select(s => Link(Child(s, "loc")?.Value, baseUrl)).OfType<Uri>().ToList();
                return new SourceListing("sitemap index", [], sitemaps, null);
            }

            using var again = new MemoryStream(content);
            var feed = SyndicationFeed.Load(XmlReader.Create(again, settings));
            var items = feed.Items.Select(item =>
            {
                var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
                var changed = item.LastUpdatedTime != default ? item.LastUpdatedTime : item.PublishDate != default ? item.PublishDate : (DateTimeOffset?)null;
                return Link(link?.ToString(), baseUrl) is { } url ? new ListedPage(url, changed) : null;
            }).OfType<ListedPage>().ToList();
            return new SourceListing(root.Name.LocalName == "feed" ? "Atom feed" : "RSS feed", items, [], null);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or NullReferenceException)
        {
            return new SourceListing("unknown", [], [], $"Not a feed or a sitemap: {e.Message}");
        }
    }

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static DateTimeOffset? Time(string? text) => DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private static Uri? Link(string? text, Uri baseUrl) =>
        Uri.TryCreate(baseUrl, text?.Trim(), out var url) && url.Scheme is "http" or "https" ? url : null;
}

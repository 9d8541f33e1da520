using System.Text;
using DiplomacyPortal.Data.Fetching;

namespace DiplomacyPortal.Data.Tests;

public sealed class WebSourceReaderTests
{
    private static readonly Uri Base = new("https://news.example/");

    private static SourceListing Read(string xml) => WebSourceReader.Read(Encoding.UTF8.GetBytes(xml), Base);

    [Fact]
    public void An_rss_feed_lists_its_items_links_with_their_dates()
    {
        var listing = Read("""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://news.example/</link><description>d</description><item><title>a</title><link>https://news.example/a.vnp</link><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item><item><title>b</title><link>/b.vnp</link></item></channel></rss>""");

        Assert.Equal("RSS feed", listing.Kind);
        Assert.Equal([new Uri("https://news.example/a.vnp"), new Uri("https://news.example/b.vnp")], listing.Pages.Select(p => p.Url));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), listing.Pages[0].Changed);
    }

    [Fact]
    public void An_atom_feed_lists_its_entries()
    {
        var listing = Read("""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id><updated>2026-12-01T08:00:00Z</updated><entry><title>a</title><id>urn:a</id><updated>2026-12-02T08:00:00Z</updated><link href="https://news.example/a.vnp"/></entry></feed>""");

        Assert.Equal("Atom feed", listing.Kind);
        Assert.Equal(new Uri("https://news.example/a.vnp"), listing.Pages.Single().Url);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), listing.Pages.Single().Changed);
    }

    [Fact]
    public void A_sitemap_lists_its_urls_with_lastmod_or_the_news_publication_date()
    {
        var listing = Read("""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://news.example/a.vnp</loc><lastmod>2026-12-01</lastmod></url><url><loc>https://news.example/b.vnp</loc><news:news><news:publication_date>2026-12-02T09:00:00+07:00</news:publication_date></news:news></url><url><loc>javascript:alert(1)</loc></url></urlset>""");

        Assert.Equal("sitemap", listing.Kind);
        Assert.Equal(2, listing.Pages.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7)), listing.Pages[1].Changed);
    }

    [Fact]
    public void A_sitemap_index_names_its_sitemaps()
    {
        var listing = Read("""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example/s1.xml</loc></sitemap><sitemap><loc>https://news.example/s2.xml</loc></sitemap></sitemapindex>""");

        Assert.Equal([new Uri("https://news.example/s1.xml"), new Uri("https://news.example/s2.xml")], listing.Sitemaps);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><rss>&e;</rss>")]
    [InlineData("not xml at all")]
    public void Anything_else_is_refused_with_a_reason_and_no_entity_is_resolved(string text)
    {
        var listing = Read(text);

        Assert.Empty(listing.Pages);
        Assert.StartsWith("Not a feed or a sitemap", listing.Error, StringComparison.Ordinal);
    }
}

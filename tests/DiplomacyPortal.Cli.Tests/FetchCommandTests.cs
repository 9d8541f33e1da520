using DiplomacyPortal.Tests;

namespace DiplomacyPortal.Cli.Tests;

public sealed class FetchCommandTests : CommandTestFolder, IDisposable
{
    private readonly TestSite _site = new(File.ReadAllText(Seeds.Paths[0]), File.ReadAllText(Seeds.Paths[1]));

    public new void Dispose()
    {
        _site.Dispose();
        base.Dispose();
    }

    [Fact]
    public async Task Fetch_imports_article_pages_from_the_web_once()
    {
        var (exitCode, output, _) = await RunAsync("fetch", "--db", Database, "--allow-private-addresses", _site.Url("/article.html").ToString(), _site.Url("/moved").ToString());

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 1, new versions 0, duplicates 1, unchanged 0, failed 0.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_permission_a_server_on_this_machine_is_not_fetched()
    {
        var (exitCode, output, _) = await RunAsync("fetch", "--db", Database, _site.Url("/article.html").ToString());

        Assert.Equal(1, exitCode);
        Assert.Contains("failed 1", output, StringComparison.Ordinal);
        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task Crawl_once_reads_a_sitemap_index_and_imports_what_is_allowed_and_new()
    {
        var (exitCode, output, _) = await RunAsync("crawl", "--once", "--db", Database, "--allow-private-addresses", _site.Url("/sitemap-index.xml").ToString());
        var (again, secondRun, _) = await RunAsync("crawl", "--once", "--db", Database, "--allow-private-addresses", _site.Url("/feed.rss").ToString(), _site.Url("/feed.atom").ToString());

        // The disallowed page is listed by the second sitemap: a failure with its reason, and never requested.
        Assert.Equal(1, exitCode);
        Assert.Contains("sitemap index, 3 pages listed", output, StringComparison.Ordinal);
        Assert.Contains("Imported 2, new versions 0, duplicates 0, unchanged 0, failed 1.", output, StringComparison.Ordinal);
        Assert.Contains("robots.txt does not allow", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_site.Requests, r => r.Path == "/private/secret.html");
        Assert.Equal(0, again);
        Assert.Contains("RSS feed, 2 pages listed", secondRun, StringComparison.Ordinal);
        Assert.Contains("Atom feed, 1 pages listed", secondRun, StringComparison.Ordinal);
        Assert.Contains("Imported 0, new versions 0, duplicates 0, unchanged 3, failed 0.", secondRun, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_crawl_does_not_ask_again_for_pages_its_listing_says_have_not_changed()
    {
        await RunAsync("crawl", "--once", "--db", Database, "--allow-private-addresses", _site.Url("/sitemap-index.xml").ToString());
        var articleRequests = _site.Requests.Count(r => r.Path is "/article.html" or "/second.txt");

        var (exitCode, output, _) = await RunAsync("crawl", "--once", "--db", Database, "--allow-private-addresses", _site.Url("/sitemap-index.xml").ToString());

        Assert.Equal(1, exitCode); // the disallowed page still fails
        Assert.Contains("Imported 0, new versions 0, duplicates 0, unchanged 2, failed 1.", output, StringComparison.Ordinal);
        Assert.Equal(articleRequests, _site.Requests.Count(r => r.Path is "/article.html" or "/second.txt"));
    }

    [Fact]
    public async Task Fetching_a_stored_page_again_asks_with_its_validators_and_a_304_stores_nothing()
    {
        await RunAsync("fetch", "--db", Database, "--allow-private-addresses", _site.Url("/article.html").ToString());

        var (exitCode, output, _) = await RunAsync("fetch", "--db", Database, "--allow-private-addresses", _site.Url("/article.html").ToString());
        var (_, stats, _) = await RunAsync("stats", "--db", Database);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 0, new versions 0, duplicates 0, unchanged 1, failed 0.", output, StringComparison.Ordinal);
        Assert.Equal(2, _site.Requests.Count(r => r.Path == "/article.html"));
        Assert.Contains("files: imported 1", stats, StringComparison.Ordinal);
        Assert.DoesNotContain("duplicate", stats, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_needs_once_and_addresses_it_can_fetch()
    {
        var (withoutOnce, _, error) = await RunAsync("crawl", "--db", Database, _site.Url("/feed.rss").ToString());
        var (badUrl, _, urlError) = await RunAsync("fetch", "--db", Database, "file:///etc/passwd");

        Assert.Equal(2, withoutOnce);
        Assert.Contains("Give --once", error, StringComparison.Ordinal);
        Assert.Equal(2, badUrl);
        Assert.Contains("is not an http or https address", urlError, StringComparison.Ordinal);
    }
}

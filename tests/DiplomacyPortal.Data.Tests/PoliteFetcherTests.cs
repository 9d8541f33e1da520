using DiplomacyPortal.Data.Fetching;
using Microsoft.Extensions.Configuration;
using DiplomacyPortal.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Data.Tests;

public sealed class PoliteFetcherTests : IDisposable
{
    private readonly TestSite _site = new(File.ReadAllText(TestStore.SeedPaths[0]));
    private readonly ServiceProvider _services;

    public PoliteFetcherTests() => _services = Fetcher(allowPrivate: true);

    private PoliteFetcher Subject => _services.GetRequiredService<PoliteFetcher>();

    public void Dispose()
    {
        _services.Dispose();
        _site.Dispose();
    }

    private static ServiceProvider Fetcher(bool allowPrivate) =>
        new ServiceCollection().AddLogging().AddFetching(new ConfigurationBuilder().Build(), options =>
        {
            options.AllowPrivateAddresses = allowPrivate;
            options.MinimumDelaySeconds = 0.1;
            options.RetryDelaySeconds = 0.1;
            options.AttemptTimeoutSeconds = 1;
        }).BuildServiceProvider();

    private List<string> Paths => [.. _site.Requests.Select(r => r.Path)];

    [Fact]
    public async Task An_allowed_page_is_fetched_after_robots_txt_which_is_read_once()
    {
        var first = await Subject.FetchAsync(_site.Url("/article.html"));
        var second = await Subject.FetchAsync(_site.Url("/moved"));

        Assert.True(first.Succeeded);
        Assert.Equal(File.ReadAllText(TestStore.SeedPaths[0]), System.Text.Encoding.UTF8.GetString(first.Content!));
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(1, Paths.Count(p => p == "/robots.txt"));
        Assert.Equal("/robots.txt", Paths[0]);
        Assert.Equal(_site.Url("/article.html"), second.FinalUrl);
    }

    [Fact]
    public async Task A_disallowed_page_is_never_requested()
    {
        var result = await Subject.FetchAsync(_site.Url("/private/secret.html"));

        Assert.False(result.Succeeded);
        Assert.Contains("robots.txt", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("/private/secret.html", Paths);
    }

    [Fact]
    public async Task Requests_to_one_host_keep_the_sites_crawl_delay_between_them()
    {
        await Subject.FetchAsync(_site.Url("/article.html"));
        await Subject.FetchAsync(_site.Url("/article.html"));
        await Subject.FetchAsync(_site.Url("/article.html"));

        var times = _site.Requests.Select(r => r.At).ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(0.28), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task An_unchanged_page_answers_304_to_a_conditional_get()
    {
        var first = await Subject.FetchAsync(_site.Url("/article.html"));

        var again = await Subject.FetchAsync(_site.Url("/article.html"), new Validators(first.ETag, first.LastModified));

        Assert.True(again.NotModified);
        Assert.Null(again.Content);
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_five_hops()
    {
        var result = await Subject.FetchAsync(_site.Url("/loop"));

        Assert.Equal("More than 5 redirects.", result.Error);
        Assert.Equal(6, Paths.Count(p => p == "/loop"));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_page_answers()
    {
        var result = await Subject.FetchAsync(_site.Url("/flaky"));

        Assert.True(result.Succeeded);
        Assert.Equal(3, Paths.Count(p => p == "/flaky"));
    }

    [Fact]
    public async Task Too_many_requests_waits_as_long_as_Retry_After_says()
    {
        var result = await Subject.FetchAsync(_site.Url("/busy"));

        var busy = _site.Requests.Where(r => r.Path == "/busy").Select(r => r.At).ToList();
        Assert.True(result.Succeeded);
        Assert.Equal(2, busy.Count);
        Assert.True(busy[1] - busy[0] >= TimeSpan.FromSeconds(0.95), $"{(busy[1] - busy[0]).TotalMilliseconds} ms apart");
    }

    [Theory]
    [InlineData("/large.html", "larger than 5 MB")]
    [InlineData("/photo.png", "image/png, not text, HTML or XML")]
    [InlineData("/silent", "could not be reached")]
    [InlineData("/missing.html", "404")]
    public async Task What_is_not_an_article_page_is_refused_with_the_reason(string path, string reason)
    {
        var result = await Subject.FetchAsync(_site.Url(path));

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Addresses_on_this_machine_are_refused_unless_allowed()
    {
        using var guarded = Fetcher(allowPrivate: false);

        var result = await guarded.GetRequiredService<PoliteFetcher>().FetchAsync(_site.Url("/article.html"));

        Assert.False(result.Succeeded);
        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task Every_fetch_is_counted_by_outcome_for_the_metrics()
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, meters) =>
        {
            if (instrument.Name == "portal.fetch.requests")
            {
                meters.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                outcomes.Add((string)tag.Value!);
            }
        });
        listener.Start();

        var page = await Subject.FetchAsync(_site.Url("/article.html"));
        await Subject.FetchAsync(_site.Url("/article.html"), new Validators(page.ETag, page.LastModified));
        await Subject.FetchAsync(_site.Url("/missing.html"));

        // Other tests fetch at the same time: look for this test's three outcomes among all.
        Assert.Contains("ok", outcomes);
        Assert.Contains("not-modified", outcomes);
        Assert.Contains("failed", outcomes);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/a.txt")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        var result = await Subject.FetchAsync(new Uri(url));

        Assert.Equal("Only http and https addresses are fetched.", result.Error);
    }
}

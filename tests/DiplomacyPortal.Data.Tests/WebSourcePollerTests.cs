using DiplomacyPortal.Data.Fetching;
using DiplomacyPortal.Data.Jobs;
using DiplomacyPortal.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Data.Tests;

/// <summary>The poller of the web sources, against the tests' own site on 127.0.0.1 and a real store.</summary>
public sealed class WebSourcePollerTests : IAsyncLifetime, IDisposable
{
    private readonly TestSite _site = new(File.ReadAllText(TestStore.SeedPaths[0]), File.ReadAllText(TestStore.SeedPaths[1]));
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _site.Dispose();

    /// <summary>A portal's services on the shared store: another call is another process as far as the lease is concerned.</summary>
    private ServiceProvider Service() => FetchingServicesForTests.Create(_store.Settings);

    [Fact]
    public async Task Two_services_on_one_store_never_fetch_the_same_address_and_the_pages_are_imported_once()
    {
        await using var first = Service();
        await using var second = Service();
        var added = await first.GetRequiredService<WebSourceCatalog>().AddAsync(_site.Url("/sitemap-index.xml").ToString(), 60, paused: false, "test");
        Assert.True(added.Succeeded, added.Error);

        var polled = await Task.WhenAll(first.GetRequiredService<WebSourcePoller>().PollDueAsync(), second.GetRequiredService<WebSourcePoller>().PollDueAsync());

        Assert.Equal(1, polled.Sum());
        Assert.All(_site.Requests.Where(r => r.Path != "/robots.txt").GroupBy(r => r.Path), g => Assert.Single(g));
        await using var db = _store.NewContext();
        Assert.Equal(2, await db.Articles.CountAsync());
        var source = await db.WebSources.SingleAsync(s => s.Id == added.Source!.Id);
        Assert.Equal(("sitemap index", 0), (source.Kind, source.FailuresInARow));
        Assert.NotNull(source.NextPollAt);
    }

    [Fact]
    public async Task A_source_is_not_polled_again_before_its_interval_and_a_paused_one_not_at_all()
    {
        await using var service = Service();
        var catalog = service.GetRequiredService<WebSourceCatalog>();
        await catalog.AddAsync(_site.Url("/feed.rss").ToString(), 60, paused: false, "test");
        var poller = service.GetRequiredService<WebSourcePoller>();

        // The example source is paused, so only the feed is polled.
        Assert.Equal(1, await poller.PollDueAsync());
        Assert.Equal(0, await poller.PollDueAsync());
        await using var db = _store.NewContext();
        Assert.DoesNotContain(await db.WebFetches.ToListAsync(), f => f.WebSourceId == 1);
    }

    [Fact]
    public async Task A_source_that_keeps_failing_is_reported_failing_with_its_reason()
    {
        await using var service = Service();
        var catalog = service.GetRequiredService<WebSourceCatalog>();
        var added = await catalog.AddAsync(_site.Url("/loop").ToString(), 60, paused: false, "test");
        var poller = service.GetRequiredService<WebSourcePoller>();

        for (var poll = 0; poll < BackgroundJobs.FailingAfter; poll++)
        {
            Assert.True((await catalog.PollNowAsync(added.Source!.Id)).Succeeded);
            Assert.Equal(1, await poller.PollDueAsync());
        }

        var failing = Assert.Single(service.GetRequiredService<BackgroundJobs>().Failing);
        Assert.Equal(WebSourcePoller.JobOf(added.Source!.Id), failing.Job);
        Assert.Contains("redirects", failing.LastError, StringComparison.Ordinal);
        await using var db = _store.NewContext();
        Assert.Equal(BackgroundJobs.FailingAfter, (await db.WebSources.SingleAsync(s => s.Id == added.Source.Id)).FailuresInARow);
        Assert.Contains(await db.WebFetches.ToListAsync(), f => f.WebSourceId == added.Source.Id && f.Outcome == "failed");
    }

    [Fact]
    public async Task A_failing_source_once_paused_no_longer_counts_as_failing()
    {
        await using var service = Service();
        var catalog = service.GetRequiredService<WebSourceCatalog>();
        var added = await catalog.AddAsync(_site.Url("/loop").ToString(), 60, paused: false, "test");
        var poller = service.GetRequiredService<WebSourcePoller>();
        for (var poll = 0; poll < BackgroundJobs.FailingAfter; poll++)
        {
            await catalog.PollNowAsync(added.Source!.Id);
            await poller.PollDueAsync();
        }

        Assert.NotEmpty(service.GetRequiredService<BackgroundJobs>().Failing);
        await catalog.SetPausedAsync(added.Source!.Id, paused: true);
        await poller.PollDueAsync();

        Assert.Empty(service.GetRequiredService<BackgroundJobs>().Failing);
    }
}

namespace DiplomacyPortal.Cli.Tests;

public sealed class SourcesCommandTests : CommandTestFolder
{
    [Fact]
    public async Task A_fresh_store_lists_the_VNA_feed_as_an_example_paused()
    {
        var (exitCode, output, _) = await RunAsync("sources", "list", "--db", Database);

        Assert.Equal(0, exitCode);
        Assert.Contains("#1 paused every 60 min https://zh.vietnamplus.vn/rss/home.rss (never polled)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_added_source_is_listed_and_can_be_paused_and_resumed()
    {
        var (added, addOutput, _) = await RunAsync("sources", "add", "https://example.org/feed.rss", "--every", "30", "--db", Database);
        var (paused, pauseOutput, _) = await RunAsync("sources", "pause", "2", "--db", Database);
        var (_, listed, _) = await RunAsync("sources", "list", "--db", Database);
        var (resumed, resumeOutput, _) = await RunAsync("sources", "resume", "2", "--db", Database);

        Assert.Equal(0, added);
        Assert.Contains("#2 active every 30 min https://example.org/feed.rss", addOutput, StringComparison.Ordinal);
        Assert.Equal(0, paused);
        Assert.Contains("#2 paused", pauseOutput, StringComparison.Ordinal);
        Assert.Contains("#2 paused every 30 min https://example.org/feed.rss", listed, StringComparison.Ordinal);
        Assert.Equal(0, resumed);
        Assert.Contains("#2 active", resumeOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org/feed.rss", "60", "is not an http or https address")]
    [InlineData("https://example.org/feed.rss", "1", "every 5 minutes at the most often")]
    [InlineData("https://zh.vietnamplus.vn/rss/home.rss", "60", "is already a source")]
    public async Task A_source_that_cannot_be_added_is_refused_with_the_reason_and_nothing_changes(string url, string minutes, string reason)
    {
        var (exitCode, _, error) = await RunAsync("sources", "add", url, "--every", minutes, "--db", Database);
        var (_, listed, _) = await RunAsync("sources", "list", "--db", Database);

        Assert.Equal(1, exitCode);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Single(listed.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Pausing_a_source_that_does_not_exist_says_so()
    {
        var (exitCode, _, error) = await RunAsync("sources", "pause", "42", "--db", Database);

        Assert.Equal(1, exitCode);
        Assert.Contains("There is no source #42.", error, StringComparison.Ordinal);
    }
}

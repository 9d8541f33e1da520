using DiplomacyPortal.Data.Fetching;

namespace DiplomacyPortal.Data.Tests;

public sealed class RobotsRulesTests
{
    private const string Site = """
        # a site's robots.txt
        User-agent: *
        Disallow: /private/
        Allow: /private/open.html
        Crawl-delay: 3

        User-agent: DiplomacyPortal
        User-agent: other-bot
        Disallow: /drafts
        Allow: /drafts/public$
        Disallow: /*.pdf$
        Crawl-delay: 1.5
        """;

    [Fact]
    public void The_group_naming_the_crawler_applies_and_not_the_star_group()
    {
        var rules = RobotsRules.Parse(Site, "DiplomacyPortal/1.0 (+https://portal.example/about)");

        Assert.False(rules.Allows("/drafts/x.html"));
        Assert.True(rules.Allows("/private/secret.html"));
        Assert.Equal(TimeSpan.FromSeconds(1.5), rules.CrawlDelay);
    }

    [Fact]
    public void Another_crawler_falls_back_to_the_star_group()
    {
        var rules = RobotsRules.Parse(Site, "SomeoneElse");

        Assert.False(rules.Allows("/private/secret.html"));
        Assert.True(rules.Allows("/drafts/x.html"));
        Assert.Equal(TimeSpan.FromSeconds(3), rules.CrawlDelay);
    }

    [Fact]
    public void The_longest_matching_rule_wins()
    {
        var rules = RobotsRules.Parse(Site, "SomeoneElse");

        Assert.True(rules.Allows("/private/open.html"));
    }

    [Theory]
    [InlineData("/drafts/public", true)]
    [InlineData("/drafts/public/more", false)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?download=1", true)]
    [InlineData("/", true)]
    public void Wildcards_and_the_end_anchor_match_as_the_RFC_says(string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsRules.Parse(Site, "DiplomacyPortal").Allows(path));
    }

    [Fact]
    public void An_empty_or_missing_robots_txt_allows_everything()
    {
        Assert.True(RobotsRules.Parse(string.Empty, "DiplomacyPortal").Allows("/anything"));
        Assert.True(RobotsRules.AllowAll.Allows("/anything"));
        Assert.False(RobotsRules.DisallowAll.Allows("/anything"));
    }
}

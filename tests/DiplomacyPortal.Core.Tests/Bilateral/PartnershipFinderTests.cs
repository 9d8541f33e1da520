using DiplomacyPortal.Core.Bilateral;
using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Tests.Bilateral;

/// <summary>What an article says about the level of a relationship, and when the level was reached.</summary>
public sealed class PartnershipFinderTests
{
    private static IReadOnlyList<PartnershipStatement> Find(string body, int? articleYear = 2025) =>
        PartnershipFinder.Default.Find([new ArticleText(ArticlePart.Body, body)], articleYear);

    [Fact]
    public void Raising_the_relationship_is_an_upgrade_reported_as_the_articles_news()
    {
        var statement = Assert.Single(Find("会谈后，两国领导人宣布将两国关系提升为全面战略伙伴关系。"));

        Assert.Equal(("comprehensive-strategic", PartnershipChange.Upgraded, true), (statement.Level, statement.Change, statement.ReportsTheChange));
        Assert.Null(statement.Year);
    }

    [Fact]
    public void The_level_raised_from_is_the_previous_level()
    {
        var statements = Find("2024年双方将两国关系从战略伙伴关系提升为全面战略伙伴关系。");

        var upgrade = Assert.Single(statements, s => s.Change == PartnershipChange.Upgraded);
        Assert.Equal(("comprehensive-strategic", "strategic", 2024), (upgrade.Level, upgrade.PreviousLevel, upgrade.Year));
    }

    [Fact]
    public void The_longest_level_word_wins()
    {
        var statement = Assert.Single(Find("双方同意继续推动越中全面战略合作伙伴关系健康发展。"));

        Assert.Equal(("comprehensive-strategic", PartnershipChange.Named), (statement.Level, statement.Change));
    }

    [Theory]
    [InlineData("今年是两国建立全面伙伴关系（2013—2026年）13周年。", 2013)]
    [InlineData("两国于2009年建立战略伙伴关系。", 2009)]
    [InlineData("双方将隆重庆祝建立战略伙伴关系15周年。", 2010)]
    public void The_year_a_level_was_reached_comes_from_the_text(string sentence, int year)
    {
        var statement = Assert.Single(Find(sentence));

        Assert.Equal((PartnershipChange.Established, year, false), (statement.Change, statement.Year, statement.ReportsTheChange));
    }

    [Fact]
    public void A_level_reached_at_an_unsaid_time_in_the_past_has_no_year_and_is_not_the_articles_news()
    {
        var statement = Assert.Single(Find("自两国建立全面伙伴关系以来，双边贸易不断增长。"));

        Assert.Equal((PartnershipChange.Established, (int?)null, false), (statement.Change, statement.Year, statement.ReportsTheChange));
    }

    [Theory]
    [InlineData("越南是东盟首个与中国建立全面战略合作伙伴关系的国家。")]
    [InlineData("双方同意深化已建立的全面伙伴关系。")]
    [InlineData("两国曾于多年前建立战略伙伴关系。")]
    public void A_level_reached_some_time_before_is_not_the_articles_news(string sentence)
    {
        var statement = Assert.Single(Find(sentence));

        Assert.False(statement.ReportsTheChange);
    }

    [Fact]
    public void An_anniversary_is_the_one_right_after_the_level()
    {
        var statement = Assert.Single(Find("今年是两国建立全面伙伴关系和建交50周年。"));

        Assert.Null(statement.Year);
    }

    [Fact]
    public void An_upgrade_hoped_for_is_no_statement()
    {
        Assert.Empty(Find("双方有望提升为全面战略伙伴关系。"));
    }

    [Fact]
    public void The_special_relationship_is_named_by_its_words()
    {
        var statement = Assert.Single(Find("两党两国之间的伟大友谊、特殊团结和全面合作关系不断巩固。"));

        Assert.Equal("special", statement.Level);
    }
}

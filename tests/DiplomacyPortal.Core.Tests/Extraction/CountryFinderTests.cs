using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Tests.Extraction;

public sealed class CountryFinderTests
{
    private static List<string> Codes(string text) => CountryFinder.Default.Scan(text).Mentions.Select(m => m.Code).Distinct().ToList();

    [Theory]
    [InlineData("越中全面战略合作伙伴关系", "VN,CN")]
    [InlineData("中越陆地边界", "VN,CN")]
    [InlineData("越老特殊团结", "VN,LA")]
    [InlineData("越印尼战略伙伴关系", "VN,ID")]
    [InlineData("越印友好", "VN,IN")]
    [InlineData("越俄外交部合作计划", "VN,RU")]
    [InlineData("越老柬三国", "VN,LA,KH")]
    [InlineData("中越加强合作", "VN,CN")]
    public void Reads_compounds_of_one_character_forms(string text, string expected) =>
        Assert.Equal(expected.Split(','), CountryFinder.Default.Scan(text).Mentions.Where(m => m.Kind == MentionKind.Compound).Select(m => m.Code));

    [Theory]
    [InlineData("越南作为联合国安理会非常任理事国", "VN")]
    [InlineData("超越中国的经济增长", "CN")]
    [InlineData("在合作中越来越重要", "")]
    [InlineData("维护东海地区和平稳定", "")]
    [InlineData("其中越南企业", "VN")]
    [InlineData("白俄罗斯新任总理", "BY")]
    [InlineData("印度尼西亚和印度", "ID,IN")]
    public void Does_not_read_countries_into_ordinary_words(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), Codes(text));

    [Fact]
    public void Reads_side_forms_but_not_words_that_begin_like_them()
    {
        Assert.Equal(["CN", "VN"], Codes("中方愿同越方一道"));
        Assert.Empty(Codes("在这方面"));
        Assert.Equal(["CN"], Codes("中方案例"[..2] + "认为"));
    }

    [Fact]
    public void An_ambiguous_compound_is_resolved_from_a_full_name_in_the_text()
    {
        var scan = CountryFinder.Default.Scan("乌克兰外长表示,越乌关系发展良好。");

        Assert.Empty(scan.Unresolved);
        Assert.Contains(scan.Mentions, m => m.Code == "UA" && m.Kind == MentionKind.Compound);
    }

    [Fact]
    public void An_ambiguous_compound_without_context_is_left_unresolved()
    {
        var scan = CountryFinder.Default.Scan("越乌经贸合作");

        Assert.Single(scan.Unresolved);
        Assert.Equal(["VN"], scan.Mentions.Select(m => m.Code));
    }
}

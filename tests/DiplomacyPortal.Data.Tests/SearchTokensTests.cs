using DiplomacyPortal.Data.Search;

namespace DiplomacyPortal.Data.Tests;

/// <summary>The tokens the index stores: stored rows are written with them, so their form must not drift.</summary>
public sealed class SearchTokensTests
{
    [Theory]
    [InlineData("越中两国", "越中 中两 两国 | ")]
    [InlineData("越中两国，王毅。", "越中 中两 两国 | 王毅 | ")]
    [InlineData("ab中国cd美", "中国 | | ")]
    [InlineData("中", "| ")]
    [InlineData("会谈结束", "会谈 谈结 结束 | ")]
    [InlineData("Wang Yi", "")]
    [InlineData("", "")]
    public void Bigrams_pair_each_run_of_han_characters_and_close_every_run(string text, string expected) =>
        Assert.Equal(expected, SearchTokens.Bigrams(text));

    [Fact]
    public void No_bigram_spans_two_runs() =>
        Assert.DoesNotContain("国王", SearchTokens.Bigrams("中国，王毅"), StringComparison.Ordinal);

    [Fact]
    public void Unigrams_are_the_han_characters_alone() =>
        Assert.Equal("越 中 王 ", SearchTokens.Unigrams("越中, Wang 王"));

    [Fact]
    public void Unigrams_name_each_character_once_in_the_order_it_first_appears() =>
        Assert.Equal("越 中 两 国 ", SearchTokens.Unigrams("越中两国，中越两国"));
}

using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Core.Tests.Extraction;

public sealed class DateResolverTests
{
    private static ArticleDate Resolve(string text, CountryPair? pair = null) =>
        DateResolver.Default.Resolve(ArticleParser.Parse(text), pair);

    [Fact]
    public void Dateline_without_a_year_leaves_the_year_unknown()
    {
        var date = Resolve("标题\n\n越通社河内11月25日——双方在2016年签署协议,力争至2020年实现目标。");

        Assert.Equal((null, 11, 25, DatePrecision.MonthDay), (date.Year, date.Month, date.Day, date.Precision));
    }

    [Fact]
    public void An_explicit_year_beside_the_same_date_gives_the_year()
    {
        var date = Resolve("标题\n\n越通社河内3月12日——2025年3月12日晚,双方通电话。");

        Assert.Equal(new DateOnly(2025, 3, 12), date.AsDate);
        Assert.Contains("2025年3月12日", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_year_beside_another_date_gives_no_year()
    {
        var date = Resolve("标题\n\n越通社河内3月12日——双方回顾了2024年3月10日的会谈。");

        Assert.Null(date.Year);
    }

    [Theory]
    [InlineData("今年是越中建交70周年", 2020)]
    [InlineData("今年是越美建交三十周年", 2025)]
    [InlineData("值此越老建交六十周年之际", 2022)]
    [InlineData("今年是两国建交50周年", 2023)]
    [InlineData("今年是越美关系正常化30周年", 2025)]
    public void An_anniversary_of_relations_gives_the_year(string sentence, int year)
    {
        var pair = new CountryPair("VN", "FR");

        var date = Resolve($"标题\n\n越通社河内5月29日——双方会谈。{sentence}。", pair);

        Assert.Equal(new DateOnly(year, 5, 29), date.AsDate);
    }

    [Fact]
    public void Without_a_dateline_date_the_first_date_of_lead_or_body_counts()
    {
        var date = Resolve("标题\n\n4月1日下午在河内,双方会谈。\n\n越通社河内——4月1日下午在河内,双方会谈。");

        Assert.Equal((null, 4, 1, DatePrecision.MonthDay), (date.Year, date.Month, date.Day, date.Precision));
    }

    [Fact]
    public void Nothing_dated_is_unknown() =>
        Assert.Equal(ArticleDate.Unknown, Resolve("标题\n\n越通社河内——双方会谈。"));

    [Theory]
    [InlineData("七十", 70)]
    [InlineData("七十五", 75)]
    [InlineData("十", 10)]
    [InlineData("二十五", 25)]
    [InlineData("一百", 100)]
    [InlineData("45", 45)]
    public void Reads_chinese_numerals(string text, int value) => Assert.Equal(value, DateResolver.ParseCount(text));
}

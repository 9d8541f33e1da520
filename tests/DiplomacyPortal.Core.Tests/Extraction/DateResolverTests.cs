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

    [Fact]
    public void A_year_that_names_the_event_in_the_same_sentence_gives_the_year()
    {
        var date = Resolve("标题\n\n越通社雅加达9月6日——9月6日,越南政府总理范明政在出席2023年东盟峰会期间会见印尼总统。");

        Assert.Equal(new DateOnly(2023, 9, 6), date.AsDate);
        Assert.Contains("same sentence", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dated_range_that_holds_the_day_gives_the_year()
    {
        var date = Resolve("标题\n\n11月23日下午,代表团圆满结束从2024年11月21日至23日对马来西亚的正式访问。");

        Assert.Equal(new DateOnly(2024, 11, 23), date.AsDate);
    }

    [Fact]
    public void Two_years_in_the_sentence_leave_the_year_open()
    {
        var date = Resolve("标题\n\n越通社河内9月6日——双方回顾了2016年和2023年峰会的成果。");

        Assert.Null(date.Year);
    }

    [Fact]
    public void An_anniversarys_range_gives_the_year()
    {
        var date = Resolve("标题\n\n越通社东京11月28日——双方出席越日建交50周年(1973-2023)庆典。");

        Assert.Equal(new DateOnly(2023, 11, 28), date.AsDate);
    }

    [Fact]
    public void An_anniversary_without_a_month_or_day_gives_a_year_precision_date()
    {
        var date = Resolve("标题\n\n越通社河内——今年是越中建交75周年,双方举行多项纪念活动。", new CountryPair("CN", "VN"));

        Assert.Equal((2025, null, null, DatePrecision.Year), (date.Year, date.Month, date.Day, date.Precision));
        Assert.Contains("建交75周年", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_in_the_lead_takes_its_year_from_the_pages_timestamp()
    {
        var date = Resolve("标题\n\n17:16 | 21/04/2016\n\n4月20日,越南领导人向老挝新一届领导人致贺电。");

        Assert.Equal(new DateOnly(2016, 4, 20), date.AsDate);
        Assert.Contains("page timestamp", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_in_december_on_a_page_stamped_in_january_is_of_the_year_before()
    {
        var date = Resolve("标题\n\n09:00 | 02/01/2025\n\n12月30日,双方举行会谈。");

        Assert.Equal(new DateOnly(2024, 12, 30), date.AsDate);
    }

    [Fact]
    public void A_timestamp_is_read_month_first_where_that_is_what_puts_the_event_near_it()
    {
        var date = Resolve("标题\n\nVGP - 8月6日,越南国家主席会见埃及参议长。\n\n08/06/2025 05:32\n\n双方同意加强合作。");

        Assert.Equal(new DateOnly(2025, 8, 6), date.AsDate);
    }

    [Fact]
    public void A_date_far_from_the_timestamp_is_another_events_and_the_timestamp_dates_the_page()
    {
        var date = Resolve("标题\n\n09:00 | 14/07/2022\n\n双方回顾了3月1日签署的协议。");

        Assert.Equal(new DateOnly(2022, 7, 14), date.AsDate);
    }

    [Fact]
    public void A_day_written_without_its_month_takes_both_from_the_timestamp()
    {
        var date = Resolve(" date 2025-03-30 越南国会主席29日在河内会见老挝客人。");

        Assert.Equal(new DateOnly(2025, 3, 29), date.AsDate);
    }

    [Theory]
    [InlineData("七十", 70)]
    [InlineData("七十五", 75)]
    [InlineData("十", 10)]
    [InlineData("二十五", 25)]
    [InlineData("一百", 100)]
    [InlineData("45", 45)]
    public void Reads_chinese_numerals(string text, int value) => Assert.Equal(value, DateResolver.ParseCount(text));
}

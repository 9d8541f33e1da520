using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Tests.Support;
using static DiplomacyPortal.Core.Tests.Support.ArticleAssert;

namespace DiplomacyPortal.Core.Tests.Extraction;

/// <summary>The expected results on the five sample articles, as the product's issue states them.</summary>
public sealed class SeedArticleTests
{
    [Fact]
    public void Seed000_is_a_China_Vietnam_video_call_dated_2020_from_the_70th_anniversary()
    {
        var result = Fixtures.Read(Fixtures.Seed000);

        AssertPair(result, "CN", "VN");
        AssertOfficial(result, "黎怀忠", "VN");
        AssertOfficial(result, "罗照辉", "CN");
        Assert.Equal("video-call", result.Analysis!.MeetingType?.Type);
        Assert.Equal("河内", result.Article!.Dateline?.Place);
        Assert.Equal((5, 29), (result.Article.Dateline!.Month, result.Article.Dateline.Day));
        AssertDate(result, 2020, 5, 29, DatePrecision.Day);
        Assert.Contains("70周年", result.Analysis.Date.Evidence, StringComparison.Ordinal);
        Assert.Equal(7, result.Article.Related.Count);
        Assert.Equal("(完)", result.Article.EndMarker);
        Assert.Equal("越通社", result.Article.Source);
    }

    [Fact]
    public void Seed001_is_China_Vietnam_talks_on_1_April_with_unknown_year_and_the_photographer_is_no_official()
    {
        var result = Fixtures.Read(Fixtures.Seed001);

        AssertPair(result, "CN", "VN");
        AssertOfficial(result, "范平明", "VN");
        var wangYi = AssertOfficial(result, "王毅", "CN");
        Assert.Equal("国务委员兼外交部长", wangYi.Title);
        Assert.Equal("talks", result.Analysis!.MeetingType?.Type);
        Assert.Equal("河内", result.Article!.Dateline?.Place);
        Assert.Null(result.Article.Dateline!.Month);
        AssertDate(result, null, 4, 1, DatePrecision.MonthDay);
        Assert.Equal(8, result.Article.Related.Count);
        var belarus = Assert.Single(result.Article.Related, r => r.Headline.Contains("白俄罗斯", StringComparison.Ordinal));
        Assert.Null(belarus.Summary);
        Assert.DoesNotContain(result.Analysis.Officials, o => o.Name.Contains("林庆", StringComparison.Ordinal));
        Assert.Equal("越通社记者 林庆 摄", Assert.Single(result.Article.Images).Credit);
    }

    [Fact]
    public void Seed002_news_page_is_a_China_Vietnam_visit_with_its_timestamp_author_and_see_also_titles()
    {
        var result = Fixtures.Read(Fixtures.Seed002);
        var article = result.Article!;

        Assert.Equal(ArticleLayout.NewsPage, article.Layout);
        Assert.Equal(new DateTimeOffset(2022, 7, 14, 9, 0, 0, TimeSpan.FromHours(7)), article.PublishedAt);
        AssertDate(result, 2022, 7, 14, DatePrecision.Day);
        AssertPair(result, "CN", "VN");
        Assert.Equal("visit", result.Analysis!.MeetingType?.Type);
        Assert.Equal("娜娜", article.Author);
        Assert.Equal(3, article.SeeAlso.Count);
        Assert.Equal(8, article.Related.Count);
        foreach (var name in new[] { "范平明", "范星梅", "阮富仲", "阮春福", "范明政", "王廷惠" })
        {
            AssertOfficial(result, name, "VN");
        }

        foreach (var name in new[] { "王毅", "习近平", "李克强", "栗战书" })
        {
            AssertOfficial(result, name, "CN");
        }

        Assert.Equal(["越中关系取得许多新进展", "推动越中友好和互利合作关系走向深入和务实"], article.Body.Where(p => p.IsSubheading).Select(p => p.Text));
    }

    [Fact]
    public void Seed003_is_a_China_Vietnam_phone_call_on_2_April_2020()
    {
        var result = Fixtures.Read(Fixtures.Seed003);

        AssertPair(result, "CN", "VN");
        AssertOfficial(result, "阮春福", "VN");
        AssertOfficial(result, "李克强", "CN");
        AssertOfficial(result, "习近平", "CN");
        Assert.Equal("phone-call", result.Analysis!.MeetingType?.Type);
        AssertDate(result, 2020, 4, 2, DatePrecision.Day);
        Assert.Equal(8, result.Article!.Related.Count);
    }

    [Fact]
    public void Seed004_is_Russia_Vietnam_talks_with_Lavrov_and_no_lead_because_line_two_repeats_the_headline()
    {
        var result = Fixtures.Read(Fixtures.Seed004);

        AssertPair(result, "RU", "VN");
        AssertOfficial(result, "范平明", "VN");
        var lavrov = AssertOfficial(result, "拉夫罗夫", "RU");
        Assert.Equal("Sergey Lavrov", lavrov.LatinName);
        Assert.Equal("talks", result.Analysis!.MeetingType?.Type);
        Assert.Null(result.Article!.Lead);
        Assert.Equal("河内", result.Article.Dateline?.Place);
        AssertDate(result, null, 11, 25, DatePrecision.MonthDay);
        Assert.Equal(7, result.Article.Related.Count);
        Assert.Equal("越通社", Assert.Single(result.Article.Images).Credit);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seeds_parse_without_warnings_or_unplaced_lines(string seed)
    {
        var result = Fixtures.Read(seed);

        Assert.Empty(result.Warnings);
        Assert.Empty(result.Article!.Unplaced);
        Assert.Equal("utf-8", result.Decoded!.EncodingName);
    }

    public static TheoryData<string> SeedNames() => new(Fixtures.Seeds);
}

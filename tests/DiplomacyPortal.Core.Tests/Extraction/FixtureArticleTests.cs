using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Tests.Support;
using static DiplomacyPortal.Core.Tests.Support.ArticleAssert;

namespace DiplomacyPortal.Core.Tests.Extraction;

/// <summary>Articles beyond the seeds: other partners, other forms, both layouts.</summary>
public sealed class FixtureArticleTests
{
    [Fact]
    public void Laos_visit_in_full_width_punctuation_takes_its_year_from_the_60th_anniversary()
    {
        var result = Fixtures.Read("Fixtures/laos-visit-fullwidth.txt");

        AssertPair(result, "LA", "VN");
        Assert.Equal("visit", result.Analysis!.MeetingType?.Type);
        AssertOfficial(result, "赛宋蓬·丰威汉", "LA");
        Assert.Equal(("万象", "驻老挝"), (result.Article!.Dateline?.Place, result.Article.Dateline?.Bureau));
        AssertDate(result, 2022, 9, 4, DatePrecision.Day);
        Assert.Equal("(完)", result.Article.EndMarker);
    }

    [Fact]
    public void Japan_phone_call_has_its_year_from_the_body()
    {
        var result = Fixtures.Read("Fixtures/japan-phone-call.txt");

        AssertPair(result, "JP", "VN");
        Assert.Equal("phone-call", result.Analysis!.MeetingType?.Type);
        AssertOfficial(result, "石破茂", "JP");
        AssertDate(result, 2025, 3, 12, DatePrecision.Day);
    }

    [Fact]
    public void Usa_talks_with_crlf_name_a_third_country_that_is_not_the_pair()
    {
        var result = Fixtures.Read("Fixtures/usa-talks-crlf.txt");

        AssertPair(result, "US", "VN");
        Assert.Contains("MM", result.Analysis!.Countries);
        Assert.Equal("talks", result.Analysis.MeetingType?.Type);
        Assert.Equal("华盛顿", result.Article!.Dateline?.Place);
        Assert.Equal("越通社记者 黎英 摄", Assert.Single(result.Article.Images).Credit);
    }

    [Fact]
    public void Cambodia_message_finds_the_king_and_a_minister_missing_from_the_gazetteer()
    {
        var result = Fixtures.Read("Fixtures/cambodia-message.txt");

        AssertPair(result, "KH", "VN");
        Assert.Equal("message", result.Analysis!.MeetingType?.Type);
        AssertOfficial(result, "诺罗敦·西哈莫尼", "KH");
        Assert.Equal("副首相兼外交与国际合作大臣", AssertOfficial(result, "宋金达", "KH").Title);
    }

    [Fact]
    public void A_page_that_begins_at_the_dateline_has_no_headline_and_takes_the_pair_from_officials()
    {
        var result = Fixtures.Read("Fixtures/korea-starts-at-dateline.txt");

        Assert.Null(result.Article!.Headline);
        Assert.Null(result.Article.Lead);
        Assert.Equal("首尔", result.Article.Dateline?.Place);
        AssertPair(result, "KR", "VN");
        AssertOfficial(result, "禹元植", "KR");
        Assert.Equal(3, result.Article.Body.Count);
    }

    [Fact]
    public void A_multilateral_summit_has_no_pair()
    {
        var result = Fixtures.Read("Fixtures/asean-multilateral.txt");

        Assert.Null(result.Analysis!.Pair);
        Assert.Contains("东盟", result.Analysis.PairEvidence, StringComparison.Ordinal);
        Assert.Contains("MY", result.Analysis.Countries);
    }

    [Fact]
    public void A_domestic_story_has_no_pair_and_no_meeting_type()
    {
        var result = Fixtures.Read("Fixtures/domestic.txt");

        Assert.Null(result.Analysis!.Pair);
        Assert.Null(result.Analysis.MeetingType);
        AssertOfficial(result, "范明政", "VN");
    }

    [Fact]
    public void India_news_page_reads_timestamp_see_also_photos_subheading_author_and_related()
    {
        var result = Fixtures.Read("Fixtures/india-news-page.txt");
        var article = result.Article!;

        Assert.Equal(ArticleLayout.NewsPage, article.Layout);
        AssertPair(result, "IN", "VN");
        AssertDate(result, 2023, 8, 3, DatePrecision.Day);
        Assert.Equal(3, article.SeeAlso.Count);
        Assert.Equal(2, article.Images.Count);
        Assert.Equal("经贸合作取得积极成果", Assert.Single(article.Body, p => p.IsSubheading).Text);
        Assert.Equal("明月", article.Author);
        Assert.Equal(["越南与印度加强防务合作", "印度企业看好越南市场"], article.Related.Select(r => r.Headline));
        AssertOfficial(result, "苏杰生", "IN");
        AssertOfficial(result, "莫迪", "IN");
    }

    [Fact]
    public void France_caption_continues_on_the_next_line_and_the_bracketed_line_is_a_see_also_title()
    {
        var result = Fixtures.Read("Fixtures/france-caption-continues.txt");
        var article = result.Article!;

        var image = Assert.Single(article.Images);
        Assert.Equal(("越南国家主席武文赏会见法国总统马克龙。", "越通社"), (image.Caption, image.Credit));
        Assert.Equal(["越法建交50周年:回顾与展望"], article.SeeAlso);
        Assert.Equal("巴黎", article.Dateline?.Place);
        AssertPair(result, "FR", "VN");
        AssertDate(result, 2023, 11, 15, DatePrecision.Day);
        Assert.Equal("meeting", result.Analysis!.MeetingType?.Type);
    }

    [Fact]
    public void Australia_dialogue_is_a_consultation_with_a_reporter_clause_dateline()
    {
        var result = Fixtures.Read("Fixtures/australia-consultation.txt");

        AssertPair(result, "AU", "VN");
        Assert.Equal("consultation", result.Analysis!.MeetingType?.Type);
        Assert.Equal(("堪培拉", "驻澳大利亚"), (result.Article!.Dateline?.Place, result.Article.Dateline?.Bureau));
        AssertOfficial(result, "迈克尔·沃尔特斯", "AU");
        Assert.Equal("(越通社)", result.Article.EndMarker);
    }

    [Fact]
    public void An_ambiguous_compound_leaves_the_pair_unresolved_with_a_warning()
    {
        var result = Fixtures.Read("Fixtures/ukraine-ambiguous.txt");

        Assert.Null(result.Analysis!.Pair);
        Assert.Contains(result.Warnings, w => w.Contains("越乌", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chinese_state_visit_with_a_bureau_dateline_has_no_place_and_the_lead_gives_the_date()
    {
        var result = Fixtures.Read("Fixtures/china-state-visit-bureau-dateline.txt");

        AssertPair(result, "CN", "VN");
        Assert.Equal("visit", result.Analysis!.MeetingType?.Type);
        Assert.Equal(((string?)null, "驻中国"), (result.Article!.Dateline?.Place, result.Article.Dateline?.Bureau));
        AssertDate(result, null, 4, 14, DatePrecision.MonthDay);
        AssertOfficial(result, "苏林", "VN");
        AssertOfficial(result, "梁强", "VN");
    }

    [Fact]
    public void A_compound_headline_and_a_bare_photo_credit_are_read()
    {
        var result = Fixtures.Read("Fixtures/japan-compound-headline.txt");

        AssertPair(result, "JP", "VN");
        Assert.Equal("phone-call", result.Analysis!.MeetingType?.Type);
        Assert.Equal("(越通社)", result.Article!.EndMarker);
    }

    [Fact]
    public void The_european_union_is_a_bilateral_partner()
    {
        var result = Fixtures.Read("Fixtures/eu-trade-talks.txt");

        AssertPair(result, "EU", "VN");
        AssertOfficial(result, "东布罗夫斯基斯", "EU");
        Assert.Equal("talks", result.Analysis!.MeetingType?.Type);
    }

    [Fact]
    public void A_trilateral_summit_has_no_pair()
    {
        var result = Fixtures.Read("Fixtures/trilateral-summit.txt");

        Assert.Null(result.Analysis!.Pair);
        Assert.Equal(["VN", "LA", "KH"], result.Analysis.Officials.Select(o => o.CountryCode));
    }

    [Fact]
    public void An_ambassador_with_a_long_transliterated_name_and_the_year_from_an_anniversary_of_two_countries()
    {
        var result = Fixtures.Read("Fixtures/cuba-ambassador-anniversary.txt");

        AssertPair(result, "CU", "VN");
        AssertOfficial(result, "奥兰多·尼古拉斯·埃尔南德斯·吉连", "CU");
        AssertDate(result, 2023, 3, 8, DatePrecision.Day);
    }

    [Fact]
    public void A_page_without_headline_takes_its_meeting_type_from_the_first_paragraph()
    {
        var result = Fixtures.Read("Fixtures/singapore-no-headline.txt");

        AssertPair(result, "SG", "VN");
        Assert.Equal("visit", result.Analysis!.MeetingType?.Type);
        AssertOfficial(result, "尚达曼", "SG");
        AssertOfficial(result, "黄循财", "SG");
    }

    [Fact]
    public void Many_officials_of_many_countries_are_read_with_their_titles()
    {
        var result = Fixtures.Read("Fixtures/laos-news-agencies-many-officials.txt");

        AssertPair(result, "LA", "VN");
        Assert.Equal(
            ["武越庄:VN", "苏妮·坎喷:LA", "陈锦秀:VN", "武氏映春:VN", "通伦·西苏里:LA", "洪森:KH", "普京:RU", "德仁:JP", "玛哈·哇集拉隆功:TH", "李在明:KR", "小费迪南德·马科斯:PH", "梁强:VN"],
            result.Analysis!.Officials.Select(o => $"{o.Name}:{o.CountryCode}"));
        Assert.Equal("越通社社长", result.Analysis.Officials[0].Title);
        Assert.Equal(2, result.Article!.Images.Count);
    }

    [Fact]
    public void Related_headlines_lose_their_link_brackets_and_a_caption_repeating_the_headline_is_none()
    {
        var related = Fixtures.Read("Fixtures/laos-news-agencies-many-officials.txt").Article!.Related;

        Assert.Equal(["越老加强新闻合作", "越南与柬埔寨加强合作"], related.Select(r => r.Headline));
        Assert.Null(related[1].Caption);
        Assert.Equal("越通社", related[1].Credit);
    }
}

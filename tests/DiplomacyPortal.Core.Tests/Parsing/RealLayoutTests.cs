using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Tests.Support;
using static DiplomacyPortal.Core.Tests.Support.ArticleAssert;

namespace DiplomacyPortal.Core.Tests.Parsing;

/// <summary>
/// The layouts of real pages that the seeds do not show, one fixture each (made-up text in the real shapes;
/// docs/parser.md catalogues them).
/// </summary>
public sealed class RealLayoutTests
{
    private static ArticleReadResult Read(string name) => Fixtures.Read($"Fixtures/Real/{name}");

    [Fact]
    public void A_lead_that_opens_with_the_reporter_clause_is_the_lead_and_the_agency_line_below_is_the_dateline()
    {
        var result = Read("reporter-clause-lead.txt");

        Assert.StartsWith("越通社驻万象记者报道,8月3日", result.Article!.Lead, StringComparison.Ordinal);
        Assert.Equal(("河内", "驻万象"), (result.Article.Dateline?.Place, result.Article.Dateline?.Bureau));
        Assert.StartsWith("8月3日,越南奠边省代表团", result.Article.Body[0].Text, StringComparison.Ordinal);
        AssertPair(result, "LA", "VN");
    }

    [Fact]
    public void A_reporter_clause_lead_may_start_with_a_space_and_据_and_the_dateline_may_space_its_dash()
    {
        var result = Read("reporter-clause-lead-variants.txt");

        Assert.StartsWith("据越通社驻金边记者报道", result.Article!.Lead, StringComparison.Ordinal);
        Assert.Equal("金边", result.Article.Dateline?.Place);
        Assert.Equal("(越通社-VNA)", result.Article.EndMarker);
    }

    [Fact]
    public void A_reporter_clause_without_报道_still_opens_the_lead_and_the_dateline()
    {
        var result = Read("reporter-clause-without-report-word.txt");

        Assert.StartsWith("越通社驻曼谷记者,值此", result.Article!.Lead, StringComparison.Ordinal);
        Assert.Equal(("曼谷", "驻曼谷"), (result.Article.Dateline?.Place, result.Article.Dateline?.Bureau));
        Assert.StartsWith("值此越南政府总理", result.Article.Body[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_starts_with_its_photo_line_takes_the_text_before_the_marker_as_headline()
    {
        var result = Read("photo-line-first.txt");

        Assert.Equal("越南与新西兰加强农业合作", result.Article!.Headline);
        Assert.Null(result.Article.Lead);
        Assert.Equal("越南农业与环境部部长会见新西兰驻越南大使。", Assert.Single(result.Article.Images).Caption);
        Assert.Equal("河内", result.Article.Dateline?.Place);
        AssertPair(result, "NZ", "VN");
    }

    [Fact]
    public void The_news_agency_stamp_before_the_first_paragraph_dates_the_page_and_leaves_no_headline()
    {
        var result = Read("news-agency-stamp.txt");

        Assert.Null(result.Article!.Headline);
        Assert.Null(result.Article.Lead);
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 0, 0, 0, TimestampParser.VietnamOffset), result.Article.PublishedAt);
        Assert.StartsWith("3月18日下午", result.Article.Body[0].Text, StringComparison.Ordinal);
        Assert.Equal("(完)", result.Article.EndMarker); // full-width in the file, made half-width like all punctuation
        Assert.Equal("越通社", Assert.Single(result.Article.Images).Credit);
        AssertDate(result, 2026, 3, 18, DatePrecision.Day);
        AssertOfficial(result, "通伦·西苏里", "LA");
    }

    [Fact]
    public void A_masthead_on_the_stamp_line_names_the_source_and_is_not_taken_for_the_headline()
    {
        var result = Read("news-agency-stamp-masthead.txt");

        Assert.Equal("越南与老挝深化外交部门合作", result.Article!.Headline);
        Assert.Equal("越南画报", result.Article.Source);
        Assert.Equal(["Báo Ảnh Việt Nam"], result.Article.PageChrome);
        Assert.Equal("驻老挝", result.Article.Dateline?.Bureau);
        AssertDate(result, 2026, 1, 21, DatePrecision.Day);
        Assert.Equal("meeting", result.Analysis!.MeetingType?.Type);
    }

    [Fact]
    public void A_page_that_starts_with_a_body_sentence_has_no_headline_and_says_so()
    {
        var result = Read("body-sentence-first.txt");

        Assert.Null(result.Article!.Headline);
        Assert.Contains("No headline found.", result.Warnings);
        Assert.Contains("The first line reads as a sentence, not a headline.", result.Warnings);
        Assert.Equal(3, result.Article.Body.Count);
        Assert.Equal("phone-call", result.Analysis!.MeetingType?.Type);
        AssertOfficial(result, "玛里·努恩", "TH");
    }

    [Fact]
    public void The_article_post_template_prints_the_caption_twice_and_a_photo_file_name_that_are_not_text()
    {
        var result = Read("article-post-template.txt");

        Assert.Equal("越南与印度尼西亚提升全面战略伙伴关系", result.Article!.Headline);
        Assert.Equal(["hoi-dam-viet-indonesia-1.webp"], result.Article.PageChrome);
        Assert.Equal("越南国家主席梁强与印度尼西亚总统普拉博沃·苏比安托举行会谈。", Assert.Single(result.Article.Images).Caption);
        Assert.Equal("河内", result.Article.Dateline?.Place);
        Assert.DoesNotContain(result.Article.Body, p => p.Text.Contains("webp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_party_newspaper_stamp_with_its_weekday_dates_the_page_and_its_tag_names_the_source()
    {
        var result = Read("print-stamp-with-weekday.txt");

        Assert.Equal(new DateTimeOffset(2023, 3, 15, 16, 20, 0, TimestampParser.VietnamOffset), result.Article!.PublishedAt);
        Assert.Equal("越共电子报", result.Article.Source);
        Assert.StartsWith("应越南国会主席王廷惠的邀请", result.Article.Lead, StringComparison.Ordinal);
        Assert.Equal("梅英", result.Article.Author);
        Assert.Equal("政府网站", Assert.Single(result.Article.Images).Credit);
        AssertDate(result, 2023, 3, 14, DatePrecision.Day);
    }

    [Fact]
    public void A_stamp_with_its_time_zone_dates_the_event_the_lead_reports()
    {
        var result = Read("stamp-in-brackets-gmt.txt");

        Assert.Equal(new DateTimeOffset(2024, 8, 2, 9, 15, 0, TimestampParser.VietnamOffset), result.Article!.PublishedAt);
        AssertDate(result, 2024, 8, 1, DatePrecision.Day);
        Assert.Equal("(来源:越通社)", result.Article.EndMarker);
        AssertOfficial(result, "帕功·旺素", "TH");
    }

    [Fact]
    public void The_government_print_page_puts_its_buttons_and_vietnamese_title_aside_and_writes_the_month_first()
    {
        var result = Read("government-print-page.txt");

        Assert.Equal("越南政府总理会见日本驻越南大使", result.Article!.Headline);
        Assert.Equal("VGP", result.Article.Source);
        Assert.StartsWith("9月12日,越南政府总理", result.Article.Lead, StringComparison.Ordinal);
        Assert.Contains("打印文章", result.Article.PageChrome);
        Assert.Contains(result.Article.PageChrome, c => c.StartsWith("Thủ tướng", StringComparison.Ordinal));
        var photo = Assert.Single(result.Article.Images, i => i.Credit is not null);
        Assert.Equal(("范明政总理会见日本驻越南大使山田滝雄", "VGP"), (photo.Caption, photo.Credit));
        AssertDate(result, 2024, 9, 12, DatePrecision.Day);
    }

    [Fact]
    public void The_government_menu_of_provinces_is_set_aside_and_a_bracketed_tag_names_the_source()
    {
        var result = Read("government-menu-page.txt");

        Assert.Equal("越南与澳大利亚推动创新合作", result.Article!.Headline);
        Assert.Equal(5, result.Article.PageChrome.Count);
        Assert.Equal("VGP", result.Article.Source);
        Assert.Equal(new DateTimeOffset(2021, 4, 20, 10, 5, 0, TimestampParser.VietnamOffset), result.Article.PublishedAt);
        Assert.StartsWith("越南政府副总理", result.Article.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void The_broadcasters_page_sets_its_menus_aside_and_reads_its_tag_and_dashed_photo_marker()
    {
        var result = Read("broadcaster-page.txt");

        Assert.Equal("越南与古巴加强党际合作", result.Article!.Headline);
        Assert.Equal(["English Vietnamese Chinese Japanese", "18°C - 27°C"], result.Article.PageChrome);
        Assert.Equal("VOV", result.Article.Source);
        Assert.StartsWith("8月21日", result.Article.Lead, StringComparison.Ordinal);
        Assert.Equal("越共中央对外部部长黎怀忠会见古巴客人。", Assert.Single(result.Article.Images).Caption);
        Assert.Equal("越南与古巴推动经贸合作", Assert.Single(result.Article.Related).Headline);
        AssertOfficial(result, "埃米略·洛萨达", "CU");
    }

    [Fact]
    public void The_broadcasters_byline_is_the_author_not_the_headline()
    {
        var result = Read("broadcaster-byline.txt");

        Assert.Null(result.Article!.Headline);
        Assert.Equal("文清", result.Article.Author);
        Assert.Equal("VOV", result.Article.Source);
        Assert.StartsWith("据本台记者文清报道", result.Article.Body[0].Text, StringComparison.Ordinal);
        AssertOfficial(result, "禹元植", "KR");
    }

    [Fact]
    public void A_section_label_above_the_headline_is_set_aside_and_the_reporter_clause_still_opens_the_lead()
    {
        var result = Read("section-label-and-reporter-lead.txt");

        Assert.Equal("越南驻日本大使拜别日本首相", result.Article!.Headline);
        Assert.Equal(["新闻"], result.Article.PageChrome);
        Assert.StartsWith("越通社驻东京记者报道", result.Article.Lead, StringComparison.Ordinal);
        Assert.Equal("东京", result.Article.Dateline?.Place);
        Assert.Equal("meeting", result.Analysis!.MeetingType?.Type);
    }

    [Fact]
    public void A_second_article_after_the_end_marker_is_kept_apart_and_not_read_as_this_ones()
    {
        var result = Read("two-articles.txt");

        Assert.Equal("(完)", result.Article!.EndMarker);
        Assert.Equal("越南与约旦推动农业合作", result.Article.Unplaced[0]);
        Assert.Contains(result.Warnings, w => w.StartsWith("Another article follows the end marker", StringComparison.Ordinal));
        Assert.DoesNotContain("JO", result.Analysis!.Countries);
        AssertPair(result, "VN", "ZA");
    }

    [Fact]
    public void A_newspapers_colon_tag_names_the_source_and_the_european_council_is_the_eu()
    {
        var result = Read("party-newspaper-colon-tag.txt");

        Assert.Equal("人民军队报", result.Article!.Source);
        Assert.StartsWith("2月9日上午", result.Article.Lead, StringComparison.Ordinal);
        AssertOfficial(result, "安东尼奥·科斯塔", "EU");
        AssertPair(result, "EU", "VN");
        AssertDate(result, 2026, 2, 9, DatePrecision.Day);
    }
}

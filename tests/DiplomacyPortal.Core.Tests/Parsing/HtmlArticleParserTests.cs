using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Tests.Support;
using static DiplomacyPortal.Core.Tests.Support.ArticleAssert;

namespace DiplomacyPortal.Core.Tests.Parsing;

public sealed class HtmlArticleParserTests
{
    private const string Page = "Fixtures/thailand-article.html";

    [Fact]
    public void Reads_headline_time_lead_and_author_from_the_markup()
    {
        var article = Fixtures.Read(Page).Article!;

        Assert.Equal(ArticleLayout.Html, article.Layout);
        Assert.Equal("越泰两国总理举行会谈", article.Headline);
        Assert.Equal(new DateTimeOffset(2024, 5, 16, 10, 30, 0, TimeSpan.FromHours(7)), article.PublishedAt);
        Assert.StartsWith("越南政府总理范明政与泰国总理赛塔·他威信", article.Lead, StringComparison.Ordinal);
        Assert.Equal("武成", article.Author);
    }

    [Fact]
    public void Reads_body_paragraphs_split_by_p_and_br_with_dateline_and_end_marker()
    {
        var article = Fixtures.Read(Page).Article!;

        Assert.Equal(("河内", 5, 16), (article.Dateline?.Place, article.Dateline?.Month, article.Dateline?.Day));
        Assert.Equal(4, article.Body.Count);
        Assert.Equal("双方同意力争早日实现双边贸易额250亿美元的目标。", article.Body[2].Text);
        Assert.Equal("(完)", article.EndMarker);
        Assert.Contains("<script>alert(1)</script>", article.Body[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_photos_from_article_photo_and_figure()
    {
        var images = Fixtures.Read(Page).Article!.Images;

        Assert.Equal(2, images.Count);
        Assert.Equal(("越南政府总理范明政与泰国总理赛塔·他威信举行会谈。", "越通社"), (images[0].Caption, images[0].Credit));
        Assert.Equal(("两国总理共同会见记者。", "越通社记者 阮洪 摄"), (images[1].Caption, images[1].Credit));
    }

    [Fact]
    public void Reads_related_items_and_ignores_scripts_navigation_and_footer()
    {
        var result = Fixtures.Read(Page);

        Assert.Equal(["越老加强合作", "越南与柬埔寨推动贸易往来"], result.Article!.Related.Select(r => r.Headline));
        Assert.Equal("越老两国在万象举行会谈。", result.Article.Related[0].Summary);
        AssertPair(result, "TH", "VN");
        Assert.DoesNotContain("US", result.Analysis!.Countries);
        Assert.Equal("talks", result.Analysis.MeetingType?.Type);
        AssertOfficial(result, "赛塔·他威信", "TH");
    }

    [Fact]
    public void A_page_in_the_text_template_and_its_html_give_the_same_article()
    {
        var html = """
            <html><head><meta property="og:title" content="越南副外长黎怀忠与中国副外长罗照辉举行视频会议"></head><body>
            <div class="article__body">
            <p>越通社河内5月29日——5月29日在外交部总部,越南外交部副部长黎怀忠同中国外交部副部长罗照辉举行视频会议。</p>
            <p>双方一致认为,今年是越中建交70周年。(完)</p>
            </div></body></html>
            """;
        var text = "越南副外长黎怀忠与中国副外长罗照辉举行视频会议\n\n越通社河内5月29日——5月29日在外交部总部,越南外交部副部长黎怀忠同中国外交部副部长罗照辉举行视频会议。\n\n双方一致认为,今年是越中建交70周年。(完)\n";

        var fromHtml = ArticleParser.Parse(html);
        var fromText = ArticleParser.Parse(text);

        Assert.Equal(fromText.Headline, fromHtml.Headline);
        Assert.Equal(fromText.Dateline, fromHtml.Dateline);
        Assert.Equal(fromText.Body, fromHtml.Body);
        Assert.Equal(fromText.EndMarker, fromHtml.EndMarker);
        Assert.Equal(new DateOnly(2020, 5, 29), ArticleAnalyzer.Default.Analyze(fromHtml).Date.AsDate);
    }

    [Fact]
    public void Reads_the_sites_table_photos_h2_lead_author_and_story_lists()
    {
        var result = Fixtures.Read("Fixtures/russia-article-table-photo.html");
        var article = result.Article!;

        Assert.Equal("越俄两国外长举行会谈", article.Headline);
        Assert.StartsWith("越南外交部长裴青山与俄罗斯外交部长拉夫罗夫举行会谈", article.Lead, StringComparison.Ordinal);
        var image = Assert.Single(article.Images);
        Assert.Equal(("越南外交部长裴青山(右)与俄罗斯外交部长拉夫罗夫。", "越通社"), (image.Caption, image.Credit));
        Assert.Equal(("莫斯科", "(越通社-VNA)", "阮青"), (article.Dateline?.Place, article.EndMarker, article.Author));
        Assert.Equal(3, article.Body.Count);
        Assert.Equal(["越俄加强能源合作", "越南与俄罗斯推动教育合作"], article.Related.Select(r => r.Headline));
        Assert.Equal(new DateOnly(2023, 10, 2), result.Analysis!.Date.AsDate);
        AssertPair(result, "RU", "VN");
        AssertOfficial(result, "拉夫罗夫", "RU");
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://zh.example.org/news/1.vnp\">", "https://zh.example.org/news/2.vnp", "https://other.example.org/x.vnp", null)]
    [InlineData("", null, "https://other.example.org/x.vnp", null)]
    public void A_related_item_keeps_where_its_link_points_when_the_address_is_absolute_or_the_page_names_its_own(string head, string? relative, string absolute, string? script)
    {
        var html = $"<html><head>{head}</head><body><h1>越中外长举行会谈</h1><div class=\"article__body\"><p>越通社河内5月29日——双方举行会谈。</p></div>"
            + "<div class=\"related-news\"><ul>"
            + "<li><a href=\"/news/2.vnp\">越中加强合作</a></li>"
            + $"<li><a href=\"{absolute}\">越老举行会谈</a></li>"
            + "<li><a href=\"javascript:alert(1)\">越柬举行会谈</a></li>"
            + "</ul></div></body></html>";

        var related = HtmlArticleParser.Parse(html).Related;

        Assert.Equal([relative, absolute, script], related.Select(r => r.Url));
    }

    [Fact]
    public void A_template_with_unknown_classes_gives_its_related_list_by_heading_and_lead_and_author_by_metadata()
    {
        var article = Fixtures.Read("Fixtures/Real/unknown-template.html").Article!;

        Assert.Equal(["越南与菲律宾推动大米贸易", "越菲两国海警举行热线会谈"], article.Related.Select(r => r.Headline));
        Assert.StartsWith("越南外交部长与菲律宾外交部长在马尼拉举行会谈", article.Lead, StringComparison.Ordinal);
        Assert.Equal("黎青", article.Author);
        Assert.Equal("马尼拉", article.Dateline?.Place);
        Assert.Equal(2, article.Body.Count);
        Assert.DoesNotContain(article.Body, p => p.Text.Contains("相关报道", StringComparison.Ordinal));
    }

    [Fact]
    public void A_more_link_in_the_menus_or_beside_the_text_does_not_make_a_related_list_of_the_page()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>越泰加强合作</title></head><body>
            <header><a href="/">首页</a> <a href="/news">新闻</a> <a href="/more">更多</a></header>
            <div class="wrap-x1">
              <h1>越泰加强合作</h1>
              <div class="text-x2">
                <p>越通社曼谷——6月1日,越南政府总理在曼谷同泰国总理举行会谈,双方一致同意推动两国加强战略伙伴关系取得新进展,并就经贸、投资、旅游和地方合作等领域的具体措施深入交换意见,力争早日实现双边贸易额新目标。</p>
                <p>双方同意加强在东盟框架内的协调配合。(完)</p>
                <span>更多</span> <a href="/tag/thai">泰国</a>
              </div>
            </div></body></html>
            """;

        var article = ArticleParser.Parse(html);

        Assert.Equal(2, article.Body.Count);
        Assert.Empty(article.Related);
    }
}

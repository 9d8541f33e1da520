using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Core.Tests.Parsing;

/// <summary>Forms real pages take beyond the five seeds.</summary>
public sealed class StructureEdgeTests
{
    [Fact]
    public void A_photo_marker_without_caption_gives_a_photo_with_no_caption()
    {
        var article = ArticleParser.Parse("越老两国外长会谈\n\n双方举行会谈。\n越老两国外长会谈 ảnh 1\n越通社万象——双方举行会谈。(完)");

        var image = Assert.Single(article.Images);
        Assert.Equal((1, (string?)null, (string?)null), (image.Number, image.Caption, image.Credit));
        Assert.Equal("双方举行会谈。", Assert.Single(article.Body).Text);
    }

    [Fact]
    public void A_short_last_line_without_punctuation_is_text_not_an_author()
    {
        var article = ArticleParser.Parse("越老两国外长会谈\n\n越通社万象——双方举行会谈。\n\n双方签署了合作协议");

        Assert.Null(article.Author);
        Assert.Equal("双方签署了合作协议", article.Body[^1].Text);
    }

    [Theory]
    [InlineData("娜娜")]
    [InlineData("明月、阮秋")]
    [InlineData("责任编辑:阮秋")]
    [InlineData("编辑:Hà Linh")]
    public void Author_lines_are_read(string line)
    {
        var article = ArticleParser.Parse($"越老两国外长会谈\n\n越通社万象——双方举行会谈。\n\n{line}");

        Assert.NotNull(article.Author);
        Assert.Single(article.Body);
    }

    [Fact]
    public void The_end_marker_on_a_line_of_its_own_ends_the_body()
    {
        var article = ArticleParser.Parse("越老两国外长会谈\n\n越通社万象——双方举行会谈。\n\n（完）\n\n越通社");

        Assert.Equal(("(完)", "越通社"), (article.EndMarker, article.Source));
        Assert.Single(article.Body);
    }

    [Fact]
    public void A_dateline_alone_on_its_line_opens_the_body_on_the_next()
    {
        var article = ArticleParser.Parse("越老两国外长会谈\n\n越通社万象5月3日——\n\n双方举行会谈。");

        Assert.Equal(("万象", 5, 3), (article.Dateline?.Place, article.Dateline?.Month, article.Dateline?.Day));
        Assert.Equal("双方举行会谈。", Assert.Single(article.Body).Text);
    }

    [Fact]
    public void Several_photos_inside_the_body_are_kept_in_order()
    {
        var article = ArticleParser.Parse("标题\n\n越通社河内——第一段。\n\n标题 ảnh 2第二张照片。图自越通社\n\n第二段。\n\n双方合影。越通社记者 阮红 摄\n\n第三段。");

        Assert.Equal(["第二张照片。", "双方合影。"], article.Images.Select(i => i.Caption));
        Assert.Equal(["第一段。", "第二段。", "第三段。"], article.Body.Select(p => p.Text));
    }
}

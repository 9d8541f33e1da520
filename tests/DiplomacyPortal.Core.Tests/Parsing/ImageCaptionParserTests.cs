using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Core.Tests.Parsing;

public sealed class ImageCaptionParserTests
{
    [Theory]
    [InlineData("越南副外长黎怀忠。图自越通社", "越南副外长黎怀忠。", "越通社")]
    [InlineData("会谈场景。越通社记者 林庆 摄", "会谈场景。", "越通社记者 林庆 摄")]
    [InlineData("范平明会见了拉夫罗夫(图片来源:越通社)", "范平明会见了拉夫罗夫", "越通社")]
    [InlineData("2021年在河内举行的会议(图:越通社)", "2021年在河内举行的会议", "越通社")]
    [InlineData("双方会谈。图自baomoi,com", "双方会谈。", "baomoi,com")]
    [InlineData("附图 图自越通社", "附图", "越通社")]
    [InlineData("两国总理共同会见记者。阮洪 摄", "两国总理共同会见记者。", "阮洪 摄")]
    [InlineData("阮文台(左)和黎忠科(右)。", "阮文台(左)和黎忠科(右)。", null)]
    [InlineData("他们在这里拍摄", "他们在这里拍摄", null)]
    public void Splits_caption_from_credit(string text, string? caption, string? credit) =>
        Assert.Equal(new CaptionParts(caption, credit), ImageCaptionParser.Split(text));

    [Theory]
    [InlineData("越中两国外交部长举行会谈 ảnh 1会谈场景。", "越中两国外交部长举行会谈", 1, "会谈场景。")]
    [InlineData("标题 hình ảnh 2说明", "标题", 2, "说明")]
    [InlineData("标题 hinh anh 3说明", "标题", 3, "说明")]
    [InlineData("标题 Ảnh 12", "标题", 12, "")]
    public void Reads_photo_lines_in_every_spelling(string line, string alt, int number, string caption)
    {
        Assert.True(ImageCaptionParser.TryParsePhotoLine(line, out var photo));
        Assert.Equal(new PhotoLine(alt, number, caption), photo);
    }

    [Fact]
    public void A_vietnamese_name_containing_anh_is_no_photo_line() =>
        Assert.False(ImageCaptionParser.TryParsePhotoLine("黎英(Le Thanh 1)表示", out _));
}

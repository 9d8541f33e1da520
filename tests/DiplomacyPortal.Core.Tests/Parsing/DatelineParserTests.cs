using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Core.Tests.Parsing;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("越通社河内5月29日——5月29日在外交部总部,双方会谈。", "河内", null, 5, 29, "5月29日在外交部总部,双方会谈。")]
    [InlineData("越通社河内——4月1日下午在河内,双方会谈。", "河内", null, null, null, "4月1日下午在河内,双方会谈。")]
    [InlineData("越通社万象——越通社驻老挝记者报道,9月5日上午双方会谈。", "万象", "驻老挝", null, null, "9月5日上午双方会谈。")]
    [InlineData("据越通社驻中国记者报道,双方会谈。", null, "驻中国", null, null, "双方会谈。")]
    [InlineData("越通社特派记者报道,双方会谈。", null, null, null, null, "双方会谈。")]
    [InlineData("越通社河内 — 双方会谈。", "河内", null, null, null, "双方会谈。")]
    [InlineData("越通社 河内 5月29日 —— 双方会谈。", "河内", null, 5, 29, "双方会谈。")]
    [InlineData("越通社河内5月29日-双方会谈。", "河内", null, 5, 29, "双方会谈。")]
    [InlineData("越通社5月29日电 双方会谈。", null, null, 5, 29, "双方会谈。")]
    [InlineData("越通社胡志明市——", "胡志明市", null, null, null, "")]
    [InlineData("越通社驻老挝记者5月3日报道,双方会谈。", null, "驻老挝", 5, 3, "双方会谈。")]
    public void Reads_place_bureau_date_and_the_rest_of_the_line(string line, string? place, string? bureau, int? month, int? day, string rest)
    {
        Assert.True(DatelineParser.TryParse(line, out var dateline, out var remainder));

        Assert.Equal("越通社", dateline.Agency);
        Assert.Equal((place, bureau, month, day), (dateline.Place, dateline.Bureau, dateline.Month, dateline.Day));
        Assert.Equal(rest, remainder);
    }

    [Theory]
    [InlineData("越通社建社80周年:真相的力量")]
    [InlineData("据越通社消息,双方举行会谈。")]
    [InlineData("越南与中国举行会谈")]
    [InlineData("越通社记者对此进行了采访。")]
    [InlineData("越通社河内13月40日——双方会谈。")]
    public void Ordinary_sentences_are_not_datelines(string line) =>
        Assert.False(DatelineParser.TryParse(line, out _, out _));
}

using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Tests.Extraction;

public sealed class MeetingVenueFinderTests
{
    private static MeetingVenue Find(string pair, string type, string opening, string? datelinePlace = null, string? bureau = null)
    {
        Assert.True(CountryPair.TryParse(pair, out var parsed));
        return MeetingVenueFinder.Default.Find(parsed, type, opening, datelinePlace, bureau);
    }

    [Fact]
    public void A_visit_to_the_partner_makes_the_partner_the_host_though_the_Hanoi_desk_filed_it()
    {
        var venue = Find("RU-VN", "talks", "应俄罗斯外交部部长拉夫罗夫的邀请,越南政府副总理兼外交部部长范平明于11月23日至25日对俄罗斯进行正式访问。", datelinePlace: "河内");

        Assert.Equal("RU", venue.Host);
        Assert.Null(venue.Place);
        Assert.Equal("对俄罗斯进行…访问", venue.Evidence);
    }

    [Fact]
    public void Coming_to_Vietnam_and_the_city_make_Vietnam_the_host_and_the_city_the_place()
    {
        var venue = Find("CN-VN", "talks", "4月1日下午在河内,越南政府副总理兼外交部长范平明与来越进行正式访问的中国国务委员兼外交部长王毅举行会谈。");

        Assert.Equal(("VN", "河内"), (venue.Host, venue.Place));
    }

    [Theory]
    [InlineData("CN-VN", "越南国会主席访华", "CN")]
    [InlineData("LA-VN", "越南政府总理访问老挝", "LA")]
    [InlineData("CN-VN", "中国国务院总理对越南进行为期三天的正式访问", "VN")]
    [InlineData("JP-VN", "日本外务大臣在东京会见越南外长", "JP")]
    public void Set_phrases_name_the_host(string pair, string opening, string host) =>
        Assert.Equal(host, Find(pair, "visit", opening).Host);

    [Fact]
    public void A_bureau_abroad_names_the_host_when_the_text_does_not()
    {
        var venue = Find("LA-VN", "meeting", "两国领导人举行会见。", bureau: "驻老挝");

        Assert.Equal(("LA", "驻老挝"), (venue.Host, venue.Place));
    }

    [Fact]
    public void A_phone_call_has_no_host_and_no_place_from_the_dateline()
    {
        var venue = Find("CN-VN", "phone-call", "越南政府总理阮春福与中国国务院总理李克强通电话。", datelinePlace: "河内");

        Assert.Equal((null, null), (venue.Host, venue.Place));
    }

    [Fact]
    public void A_city_outside_the_pair_is_the_place_of_a_meeting_on_the_sidelines_but_hosts_nothing()
    {
        var venue = Find("JP-VN", "meeting", "在新加坡出席香格里拉对话会期间,越南国防部长会见日本防卫大臣。");

        Assert.Equal(("新加坡", null), (venue.Place, venue.Host));
    }
}

using System.Text;
using DiplomacyPortal.Data.Fetching;

namespace DiplomacyPortal.Data.Tests;

public sealed class CanonicalAddressTests
{
    private static readonly Uri Served = new("https://zh.example.org/m/news-1.vnp?utm_source=feed");

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://zh.example.org/news-1.vnp\">", "https://zh.example.org/news-1.vnp")]
    [InlineData("<meta property=\"og:url\" content=\"/news-1.vnp\">", "https://zh.example.org/news-1.vnp")]
    [InlineData("<link rel=\"canonical\" href=\"https://elsewhere.example.com/news-1.vnp\">", "https://zh.example.org/m/news-1.vnp?utm_source=feed")]
    [InlineData("<link rel=\"canonical\" href=\"javascript:alert(1)\">", "https://zh.example.org/m/news-1.vnp?utm_source=feed")]
    [InlineData("", "https://zh.example.org/m/news-1.vnp?utm_source=feed")]
    public void A_page_names_its_own_address_only_on_its_own_host(string head, string expected)
    {
        var page = Encoding.UTF8.GetBytes($"<html><head>{head}</head><body>越中外长会谈</body></html>");

        Assert.Equal(expected, CanonicalAddress.Of(page, "text/html; charset=utf-8", Served).ToString());
    }

    [Fact]
    public void A_text_file_is_its_own_address()
    {
        Assert.Equal(Served, CanonicalAddress.Of(Encoding.UTF8.GetBytes("<link rel=\"canonical\" href=\"https://zh.example.org/x\">"), "text/plain", Served));
    }
}

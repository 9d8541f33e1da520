using System.Text.Json;

namespace DiplomacyPortal.Web.Tests.Api;

/// <summary>The search box's suggestions lead to a page from either script, with or without diacritics.</summary>
[Collection(nameof(SharedPortal))]
public sealed class SuggestTests(PortalFactory portal)
{
    private async Task<List<(string Kind, string Label, string? Chinese, string Url)>> SuggestAsync(string q)
    {
        using var client = portal.CreateClient();
        using var answer = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/suggest?q={Uri.EscapeDataString(q)}", UriKind.Relative)));
        return [.. answer.RootElement.EnumerateArray().Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("label").GetString()!, s.GetProperty("chinese").GetString(), s.GetProperty("url").GetString()!))];
    }

    [Theory]
    [InlineData("pham binh minh")]
    [InlineData("Phạm Bình")]
    [InlineData("范平明")]
    public async Task An_official_is_found_by_either_script_and_shown_by_the_romanised_name(string q)
    {
        var official = Assert.Single(await SuggestAsync(q), s => s.Kind == "official");

        Assert.Equal(("Phạm Bình Minh", "范平明"), (official.Label, official.Chinese));
        Assert.StartsWith("/officials/", official.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Laos")]
    [InlineData("老挝")]
    public async Task A_country_is_found_by_its_English_or_Chinese_name(string q) =>
        Assert.Contains(("country", "Laos", "老挝", "/countries/LA"), await SuggestAsync(q));

    [Fact]
    public async Task Two_countries_typed_lead_to_their_pair()
    {
        var first = (await SuggestAsync("Vietnam Laos"))[0];

        Assert.Equal(("pair", "/pairs/LA-VN"), (first.Kind, first.Url));
    }

    [Fact]
    public async Task Nothing_typed_suggests_nothing() =>
        Assert.Empty(await SuggestAsync(" "));
}

using DiplomacyPortal.Web.Tests.Editor;

namespace DiplomacyPortal.Web.Tests.Pages;

/// <summary>Anonymous readers' pages come from memory for a while; signed-in users, forms and other languages never share them.</summary>
public sealed class PageCacheTests : IDisposable
{
    private readonly PortalFactory _portal = PortalFactory.With(seeded: true, new Dictionary<string, string> { ["Portal:PageCacheSeconds"] = "60" });

    public void Dispose() => _portal.Dispose();

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url) => await client.GetAsync(new Uri(url, UriKind.Relative));

    [Fact]
    public async Task A_page_asked_for_again_by_a_reader_comes_from_the_cache_without_a_query()
    {
        using var client = _portal.CreateClient();
        var first = await GetAsync(client, "/articles?pair=RU-VN");
        var queriesBefore = _portal.Commands.Count;

        var second = await GetAsync(client, "/articles?pair=RU-VN");

        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(queriesBefore, _portal.Commands.Count);
    }

    [Fact]
    public async Task Another_query_string_or_language_is_another_page()
    {
        using var english = _portal.CreateClient();
        using var chinese = _portal.CreateClient();
        await GetAsync(english, "/pairs?culture=en");

        var cookieEnglish = await (await GetAsync(english, "/pairs")).Content.ReadAsStringAsync();
        var plain = await GetAsync(chinese, "/pairs");

        Assert.Contains("Country pairs", cookieEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain("Country pairs", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_editors_and_pages_with_forms_are_never_served_from_the_cache()
    {
        using var editor = await _portal.SignedInAsync("editor");
        using var anonymous = _portal.CreateClient();

        await GetAsync(editor, "/articles");
        var editorAgain = await GetAsync(editor, "/articles");
        await GetAsync(anonymous, "/account/sign-in");
        var signInAgain = await GetAsync(anonymous, "/account/sign-in");

        Assert.False(editorAgain.Headers.Contains("Age"));
        Assert.False(signInAgain.Headers.Contains("Age"));
    }
}

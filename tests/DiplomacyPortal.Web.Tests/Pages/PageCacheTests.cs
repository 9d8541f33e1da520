
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
    public async Task Stylesheets_are_served_whole_and_never_from_the_page_cache_even_compressed()
    {
        // The output cache once kept a compressed stylesheet as an empty answer: browsers got pages without styles.
        using var client = _portal.CreateClient();
        var home = await (await GetAsync(client, "/")).Content.ReadAsStringAsync();
        var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/css/site[^\"]*\\.css)\"").Groups[1].Value;
        Assert.NotEmpty(stylesheet);

        var answers = new List<(HttpResponseMessage Response, byte[] Body)>();
        foreach (var encoding in new[] { "br, gzip", "br, gzip", "identity" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(stylesheet, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            var response = await client.SendAsync(request);
            answers.Add((response, await response.Content.ReadAsByteArrayAsync()));
        }

        Assert.All(answers, a => Assert.Equal("text/css", a.Response.Content.Headers.ContentType?.MediaType));
        Assert.All(answers, a => Assert.NotEmpty(a.Body));
        Assert.All(answers, a => Assert.False(a.Response.Headers.Contains("Age")));
        Assert.Equal(answers[0].Body, answers[1].Body);
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

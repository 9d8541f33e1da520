using System.Net;

namespace DiplomacyPortal.Web.Tests.Pages;

/// <summary>A method a page does not take is answered 405 with the methods it does take, never with an error.</summary>
[Collection(nameof(SharedPortal))]
public sealed class MethodTests(PortalFactory portal)
{
    public static TheoryData<string> ShowingPages => ["/", "/articles", "/articles/3", "/pairs/CN-VN", "/officials/1", "/meetings", "/search?q=王毅"];

    [Theory]
    [MemberData(nameof(ShowingPages))]
    public async Task A_post_with_a_valid_token_to_a_page_that_only_shows_is_405_with_allow(string url)
    {
        using var client = portal.CreateNonRedirectingClient();
        var token = await client.AntiforgeryTokenAsync("/account/sign-in");
        using var content = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]);

        var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.DoesNotContain("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_on_the_edit_page_are_405_and_name_get_and_post(string method)
    {
        using var client = await portal.SignedInAsync("editor");
        var token = await client.AntiforgeryTokenAsync("/articles/1/edit");
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/articles/1/edit", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/articles")]
    public async Task Other_methods_on_a_page_that_only_shows_name_only_get_and_head(string method, string url)
    {
        using var client = portal.CreateNonRedirectingClient();
        var token = await client.AntiforgeryTokenAsync("/account/sign-in");
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }
}

using System.Net;
using System.Net.Http.Headers;

namespace DiplomacyPortal.Web.Tests.Pages;

[Collection(nameof(SharedPortal))]
public sealed class HeaderTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/99999")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Static_files_carry_validators_and_answer_304_when_unchanged()
    {
        using var client = portal.CreateClient();
        var first = await client.GetAsync(new Uri("/lib/bootstrap/dist/css/bootstrap.min.css", UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Headers.CacheControl);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/lib/bootstrap/dist/css/bootstrap.min.css");
        again.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Pages_are_compressed_for_clients_that_accept_it()
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await client.SendAsync(request);

        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }
}

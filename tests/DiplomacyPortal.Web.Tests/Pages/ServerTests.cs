using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Pages;

/// <summary>What the server itself says, outside Development (the factory runs the portal as "Testing").</summary>
public sealed class ServerTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = PortalFactory.With(seeded: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task Every_stylesheet_and_script_of_a_page_is_served_whole_to_a_browser_asking_for_gzip()
    {
        using var client = _portal.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();
        Assert.NotEmpty(assets);

        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(body.Length > 0, $"{asset} came empty");
            Assert.NotNull(response.Content.Headers.ContentType);
        }
    }

    [Fact]
    public async Task Https_answers_carry_hsts()
    {
        using var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.example") });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("max-age=", string.Join(' ', response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_does_not_name_itself()
    {
        _portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _portal.StartServer();
        var address = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_api_reference_page_may_style_itself_inline_and_no_other_page_may()
    {
        using var client = _portal.CreateClient();

        var reference = await client.GetAsync(new Uri("/api/docs/index.html", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/articles", UriKind.Relative));

        Assert.Contains("style-src 'self' 'unsafe-inline'", string.Join(' ', reference.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", string.Join(' ', page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_proxy_that_forwards_https_the_portal_answers_as_over_https()
    {
        await using var proxied = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["FORWARDEDHEADERS_ENABLED"] = "true" });
        using var client = proxied.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "portal.example";
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }
}

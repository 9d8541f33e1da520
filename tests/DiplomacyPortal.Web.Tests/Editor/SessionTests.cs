using System.Net;
using DiplomacyPortal.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Editor;

/// <summary>A session ends when it should: at sign-out, and when its account's kind changes; sign-in failures tell nothing.</summary>
[Collection(nameof(SharedPortal))]
public sealed class SessionTests(PortalFactory portal)
{
    /// <summary>Signs in and returns the browser's client and a copy of its sign-in cookie, as someone who saved it would have.</summary>
    private async Task<(HttpClient Browser, string SavedCookie, string Name)> SignInAsync(string kind)
    {
        var name = $"{kind}-{Guid.NewGuid():N}";
        await portal.CreateAccountAsync(name, kind);
        var browser = portal.CreateNonRedirectingClient();
        var response = await browser.PostFormAsync("/account/sign-in", new() { ["UserName"] = name, ["Password"] = Accounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        return (browser, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)], name);
    }

    private async Task<HttpStatusCode> UploadPageWithAsync(string cookie)
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/upload");
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task A_saved_cookie_stops_working_once_its_session_signs_out()
    {
        var (browser, saved, _) = await SignInAsync("editor");
        Assert.Equal(HttpStatusCode.OK, await UploadPageWithAsync(saved));

        var signOut = await browser.PostFormAsync("/account/sign-out", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await UploadPageWithAsync(saved));
        browser.Dispose();
    }

    [Fact]
    public async Task An_editor_made_a_reader_loses_the_editors_rights_on_the_next_request()
    {
        var (browser, saved, name) = await SignInAsync("editor");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/upload", UriKind.Relative))).StatusCode);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            Assert.Empty(await accounts.SetKindAsync((await users.FindByNameAsync(name))!, AccountKind.Reader));
        }

        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/upload", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, await UploadPageWithAsync(saved));
        browser.Dispose();
    }

    [Fact]
    public async Task Sign_in_failures_read_the_same_for_an_existing_a_locked_and_an_unknown_account()
    {
        await portal.CreateAccountAsync("enumerated-editor", "editor");
        using var client = portal.CreateNonRedirectingClient();
        var answers = new List<string>();
        foreach (var name in new[] { "enumerated-editor", $"nobody-{Guid.NewGuid():N}" })
        {
            for (var attempt = 0; attempt < 7; attempt++)
            {
                var response = await client.PostFormAsync("/account/sign-in", new() { ["UserName"] = name, ["Password"] = "wrong password" });
                answers.Add((await response.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent.Trim());
            }
        }

        Assert.Single(answers.Distinct());
    }
}

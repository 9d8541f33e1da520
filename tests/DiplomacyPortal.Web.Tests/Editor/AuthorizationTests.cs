using System.Net;
using System.Net.Http.Headers;

namespace DiplomacyPortal.Web.Tests.Editor;

[Collection(nameof(SharedPortal))]
public sealed class AuthorizationTests(PortalFactory portal)
{
    public static TheoryData<string> EditorPages => ["/upload", "/editor/review", "/editor/failed", "/editor/sources", "/articles/1/edit", "/articles/1/history", "/articles/1/original"];

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task An_anonymous_browser_is_sent_to_the_sign_in_page(string url)
    {
        using var client = portal.CreateNonRedirectingClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_script_posting_an_upload_gets_401_and_nothing_is_stored()
    {
        using var client = portal.CreateNonRedirectingClient();
        using var content = new MultipartFormDataContent { { new ByteArrayContent("越中外长会谈"u8.ToArray()), "files", "a.txt" } };

        var response = await client.PostAsync(new Uri("/upload?handler=Preview", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task A_reader_account_gets_403_with_a_page_that_says_why(string url)
    {
        using var client = await portal.SignedInAsync("reader");

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("编辑权限", (await response.DocumentAsync()).QuerySelector("#status-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_may_not_manage_accounts_but_an_admin_may()
    {
        using var editor = await portal.SignedInAsync("editor");
        using var admin = await portal.SignedInAsync("admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_is_refused_with_400()
    {
        using var editor = await portal.SignedInAsync("editor");
        using var content = new MultipartFormDataContent { { new ByteArrayContent("越中外长会谈"u8.ToArray()), "files", "a.txt" } };

        var response = await editor.PostAsync(new Uri("/upload?handler=Preview", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_explained_and_five_lock_the_account()
    {
        await portal.CreateAccountAsync("locked-editor", "editor");
        using var client = portal.CreateNonRedirectingClient();

        var first = await client.PostFormAsync("/account/sign-in", new() { ["UserName"] = "locked-editor", ["Password"] = "wrong password" });
        for (var i = 0; i < 4; i++)
        {
            await client.PostFormAsync("/account/sign-in", new() { ["UserName"] = "locked-editor", ["Password"] = "wrong password" });
        }

        var rightButLocked = await client.PostFormAsync("/account/sign-in", new() { ["UserName"] = "locked-editor", ["Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("用户名或密码不正确", (await first.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightButLocked.StatusCode);
        Assert.Contains("锁定", (await rightButLocked.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        await portal.CreateAccountAsync("cookie-editor", "editor");
        using var client = portal.CreateNonRedirectingClient();

        var response = await client.PostFormAsync("/account/sign-in", new() { ["UserName"] = "cookie-editor", ["Password"] = Accounts.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var editor = await portal.SignedInAsync("editor");

        var signOut = await editor.PostFormAsync("/account/sign-out", []);
        var after = await editor.GetAsync(new Uri("/upload", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_client_get_429()
    {
        await using var portal = PortalFactory.With(seeded: false, new Dictionary<string, string> { ["Portal:SignInAttemptsPerMinute"] = "3" });
        using var client = portal.CreateNonRedirectingClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostFormAsync("/account/sign-in", new() { ["UserName"] = "nobody", ["Password"] = "wrong password" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}

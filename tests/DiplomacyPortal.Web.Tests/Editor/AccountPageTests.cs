using System.Net;

namespace DiplomacyPortal.Web.Tests.Editor;

[Collection(nameof(SharedPortal))]
public sealed class AccountPageTests(PortalFactory portal)
{
    [Fact]
    public async Task An_admin_creates_an_editor_who_can_then_sign_in_and_upload()
    {
        using var admin = await portal.SignedInAsync("admin");

        var created = await (await admin.PostFormAsync("/admin/users?handler=Add", new() { ["Input.UserName"] = "new-editor", ["Input.Password"] = "a long enough passphrase", ["Input.Kind"] = "editor" }, "/admin/users")).DocumentAsync();
        using var editor = portal.CreateNonRedirectingClient();
        var signIn = await editor.PostFormAsync("/account/sign-in", new() { ["UserName"] = "new-editor", ["Password"] = "a long enough passphrase" });
        var upload = await editor.GetAsync(new Uri("/upload", UriKind.Relative));

        Assert.Contains("new-editor", created.QuerySelector("#account-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(created.QuerySelectorAll("#accounts tr"), row => row.TextContent.Contains("new-editor", StringComparison.Ordinal) && row.QuerySelector("option[selected]")!.GetAttribute("value") == "editor");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
    }

    [Fact]
    public async Task A_short_password_is_refused_with_the_reason_and_no_account_is_made()
    {
        using var admin = await portal.SignedInAsync("admin");

        var page = await (await admin.PostFormAsync("/admin/users?handler=Add", new() { ["Input.UserName"] = "too-short", ["Input.Password"] = "short", ["Input.Kind"] = "editor" }, "/admin/users")).DocumentAsync();

        Assert.Contains("10", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("#accounts tr"), row => row.TextContent.Contains("too-short", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_editor_made_a_reader_loses_the_upload_page()
    {
        await portal.CreateAccountAsync("demoted", "editor");
        using var admin = await portal.SignedInAsync("admin");
        var list = await admin.GetDocumentAsync("/admin/users");
        var action = list.QuerySelectorAll("#accounts tr").Single(r => r.TextContent.Contains("demoted", StringComparison.Ordinal)).QuerySelector("form")!.GetAttribute("action")!;

        await admin.PostFormAsync(action, new() { ["kind"] = "reader" }, "/admin/users");
        using var demoted = portal.CreateNonRedirectingClient();
        await demoted.PostFormAsync("/account/sign-in", new() { ["UserName"] = "demoted", ["Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.Forbidden, (await demoted.GetAsync(new Uri("/upload", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("boss")]
    [InlineData("7")]
    [InlineData("")]
    public async Task A_kind_that_is_none_of_the_three_is_refused_and_changes_nothing(string kind)
    {
        await portal.CreateAccountAsync($"kept-{kind.Length}-{kind}", "editor");
        using var admin = await portal.SignedInAsync("admin");
        var list = await admin.GetDocumentAsync("/admin/users");
        var row = list.QuerySelectorAll("#accounts tr").Single(r => r.TextContent.Contains($"kept-{kind.Length}-{kind}", StringComparison.Ordinal));

        var page = await (await admin.PostFormAsync(row.QuerySelector("form")!.GetAttribute("action")!, new() { ["kind"] = kind }, "/admin/users")).DocumentAsync();

        Assert.Contains("未知的账户类型", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        var kept = page.QuerySelectorAll("#accounts tr").Single(r => r.TextContent.Contains($"kept-{kind.Length}-{kind}", StringComparison.Ordinal));
        Assert.Equal("editor", kept.QuerySelector("option[selected]")!.GetAttribute("value"));
    }
}

using System.Net;
using DiplomacyPortal.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Pages;

public sealed class SharedStoreTests
{
    [Fact]
    public async Task The_health_endpoint_checks_the_database()
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Contains(report.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "database" && c.GetProperty("status").GetString() == "Healthy");
    }

    [Fact]
    public async Task A_sign_in_cookie_from_one_web_process_is_accepted_by_another_on_the_same_store()
    {
        var folder = Directory.CreateTempSubdirectory("portal-shared-").FullName;
        var store = new Dictionary<string, string> { ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}" };
        await using var first = PortalFactory.With(seeded: false, store);
        await using var second = PortalFactory.With(seeded: false, store);
        await first.CreateAccountAsync("shared-editor", "editor");
        using var signingIn = first.CreateNonRedirectingClient();
        var signIn = await signingIn.PostFormAsync("/account/sign-in", new() { ["UserName"] = "shared-editor", ["Password"] = Accounts.Password });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)).Split(';')[0];

        using var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/upload");
        request.Headers.Add("Cookie", cookie);
        var response = await other.SendAsync(request);

        // The keys that signed the cookie are in the shared store, not in a folder of one machine.
        await using var db = await first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }
}

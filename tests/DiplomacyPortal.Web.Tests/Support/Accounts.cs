using System.Net;
using AngleSharp.Html.Parser;
using DiplomacyPortal.Data.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Support;

/// <summary>Accounts for tests, and clients signed in through the real sign-in form (antiforgery token included).</summary>
public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>Creates an account of the kind (reader, editor, admin) with a name of its own and signs a new client in.</summary>
    public static async Task<HttpClient> SignedInAsync(this PortalFactory portal, string kind, string? name = null)
    {
        name ??= $"{kind}-{Guid.NewGuid():N}";
        await portal.CreateAccountAsync(name, kind);
        var client = portal.CreateNonRedirectingClient();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["UserName"] = name, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task CreateAccountAsync(this PortalFactory portal, string name, string kind)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(name, Password, PortalRoles.KindNamed(kind) ?? throw new ArgumentException($"No kind of account is named {kind}.", nameof(kind)));
        Assert.Empty(errors);
    }

    /// <summary>The antiforgery token of the first form on a page (the cookie half stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no form with an antiforgery token.");
    }

    /// <summary>Posts a form as a browser would: the token read from the page the form is on (its own URL unless given).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPage ?? url);
        var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}

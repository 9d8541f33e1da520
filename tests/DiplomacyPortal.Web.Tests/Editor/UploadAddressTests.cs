using System.Net;
using DiplomacyPortal.Data;
using DiplomacyPortal.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Editor;

/// <summary>The upload page given article addresses: fetched from the tests' own site on 127.0.0.1, previewed, then imported.</summary>
public sealed class UploadAddressTests : IAsyncLifetime, IDisposable
{
    private readonly TestSite _site = new(File.ReadAllText(Uploads.SeedPath("001")));
    private readonly PortalFactory _portal = PortalFactory.With(seeded: false, new Dictionary<string, string>
    {
        ["Fetching:AllowPrivateAddresses"] = "true",
        ["Fetching:MinimumDelaySeconds"] = "0.05",
        ["Fetching:AttemptTimeoutSeconds"] = "1",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_editor_previews_pages_by_address_and_imports_them_with_their_origin()
    {
        using var client = await _portal.SignedInAsync("editor");
        var addresses = $"{_site.Url("/moved")}\n{_site.Url("/private/secret.html")}\nftp://example.org/x\n";

        var response = await client.PostFormAsync("/upload?handler=PreviewAddresses", new() { ["addresses"] = addresses }, "/upload");
        var preview = await response.DocumentAsync();
        var imported = await client.ImportAsync(preview);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(preview.QuerySelectorAll("#upload-preview tbody tr"));
        var refused = preview.QuerySelector("#refused-files")!.TextContent;
        Assert.Contains("robots.txt", refused, StringComparison.Ordinal);
        Assert.Contains("Not an http or https address.", refused, StringComparison.Ordinal);
        Assert.Single(imported.QuerySelectorAll("#import-results tr.result-imported"));
        await using var db = _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        var file = await db.SourceFiles.SingleAsync();
        Assert.Equal((_site.Url("/moved").ToString(), _site.Url("/article.html").ToString(), "\"v1\""), (file.FetchedFrom, file.FinalUrl, file.ETag));
    }

    [Fact]
    public async Task An_empty_list_of_addresses_says_so_and_stages_nothing()
    {
        using var client = await _portal.SignedInAsync("editor");

        var page = await (await client.PostFormAsync("/upload?handler=PreviewAddresses", new() { ["addresses"] = " \n " }, "/upload")).DocumentAsync();

        Assert.Contains("没有填写网址", page.QuerySelector("#upload-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#import-form"));
    }
}

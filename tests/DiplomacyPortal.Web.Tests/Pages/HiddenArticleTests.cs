using System.Net;
using System.Text;
using System.Text.Json;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Pages;

/// <summary>A hidden article leaves no trace in any public answer, cached or not.</summary>
public sealed class HiddenArticleTests : IAsyncLifetime
{
    private const string Headline = "越南与厄瓜多尔加强农业合作";
    private const string Official = "加布里埃拉·索默菲尔德";

    // A long page cache, so that the answers read before hiding are still cached after it unless evicted.
    private readonly PortalFactory _portal = PortalFactory.With(seeded: true, new Dictionary<string, string> { ["Portal:PageCacheSeconds"] = "600" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private static readonly string[] Routes =
    [
        "/", "/articles", "/articles?country=EC", "/pairs", "/countries/EC", "/officials", "/meetings", "/dates", "/search?q=厄瓜多尔",
        "/api/v1/articles", "/api/v1/pairs", "/api/v1/countries", "/api/v1/officials", "/api/v1/stats", "/api/v1/meetings",
        "/feeds/articles", "/articles/export.csv", "/articles/export.jsonl", "/meetings/export.csv", "/meetings/export.jsonl",
    ];

    [Fact]
    public async Task After_hiding_no_public_page_route_count_feed_or_export_shows_the_article_or_its_only_official()
    {
        var ingestor = _portal.Services.GetRequiredService<ArticleIngestor>();
        var text = $"{Headline}\n\n越通社基多——5月3日,越南驻厄瓜多尔大使会见厄瓜多尔外交部长{Official}(Gabriela Sommerfeld)。(完)\n";
        var imported = await ingestor.ImportAsync(Encoding.UTF8.GetBytes(text), "ecuador.txt", "test");
        var id = imported.ArticleId!.Value;
        int officialId;
        await using (var db = await _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            officialId = await db.Officials.Where(o => o.Name == Official).Select(o => o.Id).SingleAsync();
        }

        using var reader = _portal.CreateClient();
        var before = await BodiesAsync(reader);
        Assert.Contains(before, b => b.Contains(Headline, StringComparison.Ordinal));
        Assert.Contains(before, b => b.Contains(Official, StringComparison.Ordinal));
        Assert.Equal(1, await EcuadorCountAsync(reader));

        using var editor = await _portal.SignedInAsync("editor");
        var hide = await editor.PostFormAsync($"/articles/{id}/edit?handler=Hide", [], $"/articles/{id}/edit");
        Assert.True(hide.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"hiding answered {(int)hide.StatusCode}");

        foreach (var (route, body) in Routes.Zip(await BodiesAsync(reader)))
        {
            Assert.False(body.Contains(Headline, StringComparison.Ordinal), $"{route} still shows the hidden article");
            Assert.False(body.Contains(Official, StringComparison.Ordinal), $"{route} still shows the official named only in it");
        }

        Assert.Equal(0, await EcuadorCountAsync(reader));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/articles/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/officials/{officialId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/api/v1/officials/{officialId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/api/v1/articles/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/feeds/officials/{officialId}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(Official, await reader.GetStringAsync(new Uri($"/articles?official={officialId}", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static async Task<List<string>> BodiesAsync(HttpClient client)
    {
        var bodies = new List<string>();
        foreach (var route in Routes)
        {
            var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route} answered {(int)response.StatusCode}");
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        return bodies;
    }

    private static async Task<int> EcuadorCountAsync(HttpClient client)
    {
        using var countries = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/countries", UriKind.Relative)));
        return countries.RootElement.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "EC").GetProperty("articles").GetInt32();
    }
}

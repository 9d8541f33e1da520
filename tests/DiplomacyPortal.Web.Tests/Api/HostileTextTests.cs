using System.Net;
using System.Text;
using System.Xml.Linq;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Api;

/// <summary>Text that reached the store from a hostile or broken file is harmless in every format the portal writes.</summary>
public sealed class HostileTextTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = PortalFactory.With(seeded: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private async Task<int> ImportAsync(string text, string name)
    {
        var ingestor = _portal.Services.GetRequiredService<ArticleIngestor>();
        var result = await ingestor.ImportAsync(Encoding.UTF8.GetBytes(text), name, "test");
        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        return result.ArticleId!.Value;
    }

    [Fact]
    public async Task A_csv_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        using var client = _portal.CreateClient();
        await ImportAsync("=HYPERLINK(\"http://example.invalid\",\"越中会谈\")\n\n越通社河内4月2日——越中两国外长举行会谈。(完)\n", "formula.txt");

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/articles/export.csv", UriKind.Relative)));

        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"越中会谈\"\")\",", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains(",--04-01,", csv, StringComparison.Ordinal); // the dataset's own dates are left as they are
    }

    [Fact]
    public async Task A_feed_answers_with_valid_xml_when_a_stored_text_holds_control_characters()
    {
        using var client = _portal.CreateClient();
        var id = await ImportAsync("越老两国外长举行会谈\n\n两国外长在万象举行会谈。\n\n越通社万象——两国外长举行会谈。(完)\n", "clean.txt");
        await using (var db = await _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            // A row stored before imports cleaned text, or changed since.
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Lead, "两国外长\f在万象\u0001举行\0会谈。"));
        }

        var response = await client.GetAsync(new Uri("/feeds/articles", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(feed.Descendants().Where(e => e.Name.LocalName == "summary"), s => s.Value == "两国外长在万象举行会谈。");
    }

    [Fact]
    public async Task An_imported_file_loses_its_control_characters_before_it_is_stored()
    {
        var id = await ImportAsync("越柬两国加强合作\f\n\n越通社金边——双方\u0001举行会谈。(完)\n", "controls.txt");

        await using var db = await _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal("越柬两国加强合作", article.Headline);
        Assert.DoesNotContain(article.Body, c => char.IsControl(c) && c is not '\n');
    }
}

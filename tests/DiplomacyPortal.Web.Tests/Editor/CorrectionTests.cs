using System.Net;
using AngleSharp.Html.Dom;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Editor;

public sealed class CorrectionTests
{
    /// <summary>The fields of the edit form as the page renders them, ready to change and post back.</summary>
    private static Dictionary<string, string> FormFields(IHtmlDocument page)
    {
        var form = page.QuerySelector("#correction-form")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input"))
        {
            var name = input.GetAttribute("name");
            if (name is null || name == "__RequestVerificationToken" || (input.GetAttribute("type") == "checkbox" && !input.HasAttribute("checked")))
            {
                continue;
            }

            fields[name] = input.GetAttribute("value") ?? string.Empty;
        }

        foreach (var select in form.QuerySelectorAll("select"))
        {
            fields[select.GetAttribute("name")!] = select.QuerySelector("option[selected]")?.GetAttribute("value") ?? string.Empty;
        }

        return fields;
    }

    private static async Task<int> ArticleIdAsync(PortalFactory portal, string seedPrefix)
    {
        var page = await portal.GetDocumentAsync("/articles?pageSize=50");
        var name = Path.GetFileName(Uploads.SeedPath(seedPrefix));
        foreach (var link in page.QuerySelectorAll(".article-list li a.fw-semibold"))
        {
            var id = int.Parse(link.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            using var client = await portal.SignedInAsync("editor");
            var original = await client.GetAsync(new Uri($"/articles/{id}/original", UriKind.Relative));
            if (original.Content.Headers.ContentDisposition?.FileName?.Trim('"') == name)
            {
                return id;
            }
        }

        throw new InvalidOperationException($"No article from {name}.");
    }

    [Fact]
    public async Task The_review_queue_lists_articles_with_an_unknown_year_and_says_why()
    {
        await using var portal = new PortalFactory();
        using var editor = await portal.SignedInAsync("editor");

        var queue = await editor.GetDocumentAsync("/editor/review?reason=UnknownYear");

        var rows = queue.QuerySelectorAll("#review-queue tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.Contains("年份不详", row.TextContent, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.TextContent.Contains("越中两国外交部长举行会谈", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_correction_is_shown_survives_reparse_and_is_in_the_audit_log()
    {
        await using var portal = new PortalFactory();
        var id = await ArticleIdAsync(portal, "001");
        using var editor = await portal.SignedInAsync("editor", "editor-lan");
        var fields = FormFields(await editor.GetDocumentAsync($"/articles/{id}/edit"));
        fields["Form.Year"] = "2021";
        fields["Form.MeetingType"] = "meeting";
        fields["Form.Officials[1].Title"] = "国务委员兼外交部长（更正）"; // 王毅, after 范平明
        fields["Form.Officials[2].Name"] = "阮氏清";
        fields["Form.Officials[2].CountryCode"] = "VN";

        var saved = await editor.PostFormAsync($"/articles/{id}/edit", fields);
        await portal.Services.GetRequiredService<ArticleIngestor>().ReparseAllAsync();
        var article = await portal.GetDocumentAsync($"/articles/{id}");
        var history = await editor.GetDocumentAsync($"/articles/{id}/history");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("2021年4月1日", article.QuerySelector("#article-date")!.TextContent);
        Assert.Contains("会见", article.QuerySelector("#article-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(article.QuerySelectorAll(".official-chip"), c => c.TextContent.Contains("国务委员兼外交部长（更正） 王毅", StringComparison.Ordinal));
        Assert.Contains(article.QuerySelectorAll(".official-chip"), c => c.TextContent.Contains("阮氏清", StringComparison.Ordinal));
        var log = history.QuerySelectorAll("#audit-log tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(3, log.Count);
        Assert.All(log, entry => Assert.Equal("editor-lan", entry[1]));
        Assert.Contains(log, entry => entry[2] == "date" && entry[3] == "????-04-01" && entry[4] == "2021-04-01");
        Assert.Contains(log, entry => entry[2] == "meetingType" && entry[3] == "talks" && entry[4] == "meeting");
        Assert.Contains(log, entry => entry[2] == "officials" && entry[4].Contains("阮氏清 (VN)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_corrected_pair_moves_the_article_to_the_new_pair_page_and_partner_filter()
    {
        await using var portal = new PortalFactory();
        var id = await ArticleIdAsync(portal, "004");
        using var editor = await portal.SignedInAsync("editor");
        var fields = FormFields(await editor.GetDocumentAsync($"/articles/{id}/edit"));
        fields["Form.CountryA"] = "VN";
        fields["Form.CountryB"] = "LA";

        await editor.PostFormAsync($"/articles/{id}/edit", fields);
        var laos = await portal.GetDocumentAsync("/articles?country=LA");
        var pair = await portal.GetDocumentAsync("/pairs/LA-VN");

        Assert.Contains(laos.QuerySelectorAll(".article-list a"), a => a.GetAttribute("href") == $"/articles/{id}");
        Assert.Contains(pair.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/articles/{id}");
    }

    [Theory]
    [InlineData("Form.Month", "13", "month")]
    [InlineData("Form.Day", "31", "has no day")]
    [InlineData("Form.CountryB", "", "两个国家")]
    [InlineData("Form.Officials[0].CountryCode", "XX", "not a country code")]
    public async Task An_invalid_correction_is_explained_on_the_form_and_saves_nothing(string field, string value, string reason)
    {
        await using var portal = new PortalFactory();
        var id = await ArticleIdAsync(portal, "004");
        using var editor = await portal.SignedInAsync("editor");
        var fields = FormFields(await editor.GetDocumentAsync($"/articles/{id}/edit"));
        fields["Form.Month"] = "2";
        fields[field] = value;

        var response = await editor.PostFormAsync($"/articles/{id}/edit", fields);
        var page = await response.DocumentAsync();
        var history = await editor.GetDocumentAsync($"/articles/{id}/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, page.QuerySelector(".alert-danger")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(value, FormFields(page)[field]);
        Assert.Empty(history.QuerySelectorAll("#audit-log tbody tr"));
    }

    [Fact]
    public async Task A_hidden_article_is_gone_for_readers_until_an_admin_restores_it()
    {
        await using var portal = new PortalFactory();
        var id = await ArticleIdAsync(portal, "002");
        using var editor = await portal.SignedInAsync("editor");
        using var admin = await portal.SignedInAsync("admin");
        using var reader = portal.CreateClient();

        await editor.PostFormAsync($"/articles/{id}/edit?handler=Hide", [], $"/articles/{id}/edit");
        var whileHidden = await reader.GetAsync(new Uri($"/articles/{id}", UriKind.Relative));
        var editorRestore = await editor.PostFormAsync($"/articles/{id}/edit?handler=Restore", [], $"/articles/{id}/edit");
        var queue = await admin.GetDocumentAsync("/editor/review");
        await admin.PostFormAsync($"/articles/{id}/edit?handler=Restore", [], $"/articles/{id}/edit");
        var afterRestore = await reader.GetAsync(new Uri($"/articles/{id}", UriKind.Relative));
        var history = await admin.GetDocumentAsync($"/articles/{id}/history");

        Assert.Equal(HttpStatusCode.NotFound, whileHidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorRestore.StatusCode);
        Assert.Contains(queue.QuerySelectorAll("#hidden-articles a"), a => a.GetAttribute("href") == $"/articles/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, afterRestore.StatusCode);
        Assert.Equal(["visible", "hidden"], history.QuerySelectorAll("#audit-log tbody tr").Select(r => r.Children[4].TextContent).ToList());
    }

    [Fact]
    public async Task An_editor_downloads_the_original_file_byte_for_byte()
    {
        await using var portal = new PortalFactory();
        var id = await ArticleIdAsync(portal, "003");
        using var editor = await portal.SignedInAsync("editor");

        var response = await editor.GetAsync(new Uri($"/articles/{id}/original", UriKind.Relative));

        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Uploads.SeedPath("003")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_failed_import_is_listed_with_its_reason_and_can_be_retried()
    {
        await using var portal = new PortalFactory();
        var bad = new byte[] { 0xB0, 0xA1, 0xFF, 0xFE, 0x80, 0x81, 0x82, 0xC0, 0xC1, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB };
        await portal.Services.GetRequiredService<ArticleIngestor>().ImportAsync(bad, "broken.txt", "cli");
        using var editor = await portal.SignedInAsync("editor");

        var list = await editor.GetDocumentAsync("/editor/failed");
        var row = list.QuerySelectorAll("#failed-files tbody tr").Single();
        var retryAction = row.QuerySelector("form")!.GetAttribute("action")!;
        var retried = await (await editor.PostFormAsync(retryAction, [], "/editor/failed")).DocumentAsync();

        Assert.Contains("broken.txt", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("text", row.Children[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("仍然失败", retried.QuerySelector("#retry-result")!.TextContent, StringComparison.Ordinal);
    }
}

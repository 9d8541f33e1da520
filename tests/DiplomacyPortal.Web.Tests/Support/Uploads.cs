using AngleSharp.Html.Dom;
using DiplomacyPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Support;

/// <summary>The two steps of the upload page, as a browser performs them.</summary>
public static class Uploads
{
    public static string SeedPath(string prefix) => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "*").Single();

    /// <summary>Step 1: posts the files and returns the preview page.</summary>
    public static async Task<IHtmlDocument> PreviewAsync(this HttpClient client, params (string Name, byte[] Content)[] files)
    {
        using var content = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync("/upload")), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        var response = await client.PostAsync(new Uri("/upload?handler=Preview", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, $"preview answered {(int)response.StatusCode}");
        return await response.DocumentAsync();
    }

    /// <summary>Step 2: imports the files the preview offers, all ticked unless some are unticked; returns the result page.</summary>
    public static async Task<IHtmlDocument> ImportAsync(this HttpClient client, IHtmlDocument preview, Func<string, bool>? keep = null)
    {
        var form = preview.QuerySelector("#import-form")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("batch", form.QuerySelector("input[name=batch]")!.GetAttribute("value")!),
        };
        foreach (var row in form.QuerySelectorAll("#upload-preview tbody tr"))
        {
            var fileName = row.Children[1].FirstChild!.TextContent;
            if (keep?.Invoke(fileName) ?? true)
            {
                fields.Add(new("keep", row.QuerySelector("input[name=keep]")!.GetAttribute("value")!));
            }
        }

        var response = await client.PostAsync(new Uri("/upload?handler=Import", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.True(response.IsSuccessStatusCode, $"import answered {(int)response.StatusCode}");
        return await response.DocumentAsync();
    }

    /// <summary>Rows of the store's tables that an upload could touch, to prove a refusal changed nothing.</summary>
    public static async Task<(int Files, int Articles, int Staged)> StoreCountsAsync(this PortalFactory portal)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return (await db.SourceFiles.CountAsync(), await db.Articles.CountAsync(), await db.StagedUploads.CountAsync());
    }

    public static List<string> ResultClasses(IHtmlDocument results) =>
        results.QuerySelectorAll("#import-results tbody tr").Select(r => r.ClassName!).ToList();
}

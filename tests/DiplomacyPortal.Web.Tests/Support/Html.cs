using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DiplomacyPortal.Web.Tests.Support;

public static class Html
{
    public static async Task<IHtmlDocument> DocumentAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return await response.DocumentAsync();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DiplomacyPortal.Web.Tests.Api;

[Collection(nameof(SharedPortal))]
public sealed class ApiTests(PortalFactory portal)
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static List<string> Headlines(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("headline").GetString()!).ToList();

    [Fact]
    public async Task Articles_take_the_Articles_page_filters()
    {
        var russia = await GetJsonAsync("/api/v1/articles?pair=VN-RU");
        var wang = await GetJsonAsync("/api/v1/articles?q=%E7%8E%8B%E6%AF%85");
        var paged = await GetJsonAsync("/api/v1/articles?pageSize=2&page=2");

        Assert.Equal(["越南政府副总理兼外交部部长范平明与俄罗斯外交部部长举行会谈"], Headlines(russia));
        Assert.Equal((2, false), (wang.GetProperty("total").GetInt32(), wang.GetProperty("totalIsLowerBound").GetBoolean()));
        Assert.Equal((5, 2, 2, 3), (paged.GetProperty("total").GetInt32(), paged.GetProperty("page").GetInt32(), paged.GetProperty("items").GetArrayLength(), paged.GetProperty("pageCount").GetInt32()));
    }

    [Fact]
    public async Task An_article_comes_whole_and_an_unknown_one_is_a_404_problem()
    {
        var list = await GetJsonAsync("/api/v1/articles?pair=RU-VN");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt32();
        using var client = portal.CreateClient();

        var article = await GetJsonAsync($"/api/v1/articles/{id}");
        var missing = await client.GetAsync(new Uri("/api/v1/articles/999999", UriKind.Relative));

        Assert.Equal("RU-VN", article.GetProperty("pair").GetString());
        Assert.Contains(article.GetProperty("officials").EnumerateArray(), o => o.GetProperty("name").GetString() == "拉夫罗夫");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Bad_parameters_are_a_400_with_the_reasons()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/articles?pair=XYZ&from=yesterday", UriKind.Relative));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(2, problem.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task Pairs_countries_officials_and_stats_answer_with_counts()
    {
        var pairs = await GetJsonAsync("/api/v1/pairs");
        var countries = await GetJsonAsync("/api/v1/countries");
        var chinese = await GetJsonAsync("/api/v1/officials?country=CN");
        var stats = await GetJsonAsync("/api/v1/stats?pair=CN-VN");

        Assert.Contains(pairs.EnumerateArray(), p => p.GetProperty("pair").GetString() == "CN-VN" && p.GetProperty("count").GetInt32() == 4);
        Assert.Contains(countries.EnumerateArray(), c => c.GetProperty("code").GetString() == "RU" && c.GetProperty("articles").GetInt32() == 1 && c.GetProperty("nameZh").GetString() == "俄罗斯");
        Assert.All(chinese.EnumerateArray(), o => Assert.Equal("CN", o.GetProperty("countryCode").GetString()));
        Assert.Contains(chinese.EnumerateArray(), o => o.GetProperty("name").GetString() == "王毅");
        Assert.Contains(stats.EnumerateArray(), s => s.GetProperty("year").GetInt32() == 2020 && s.GetProperty("month").GetInt32() == 5 && s.GetProperty("count").GetInt32() == 1);
    }

    [Fact]
    public async Task An_official_has_titles_over_time_and_counterparts_met()
    {
        var officials = await GetJsonAsync("/api/v1/officials?q=%E8%8C%83%E5%B9%B3%E6%98%8E");
        var id = officials.EnumerateArray().Single().GetProperty("id").GetInt32();

        var minh = await GetJsonAsync($"/api/v1/officials/{id}");

        Assert.True(minh.GetProperty("titles").GetArrayLength() >= 2);
        Assert.Contains(minh.GetProperty("counterparts").EnumerateArray(), c => c.GetProperty("name").GetString() == "王毅" && c.GetProperty("meetings").GetInt32() == 2);

        // The page's list of article ids stays out of the API, whose list is /api/v1/articles?official=ID.
        Assert.False(minh.TryGetProperty("articleIds", out _));
    }

    [Fact]
    public async Task Meetings_list_who_met_whom_with_the_filters()
    {
        var russia = await GetJsonAsync("/api/v1/meetings?country=RU");
        var meeting = russia.GetProperty("items").EnumerateArray().Single();
        var byId = await GetJsonAsync($"/api/v1/meetings/{meeting.GetProperty("id").GetInt32()}");

        Assert.Equal("talks", meeting.GetProperty("type").GetString());
        Assert.Equal("RU", meeting.GetProperty("hostCountry").GetString());
        Assert.Equal(["拉夫罗夫", "范平明"], meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(meeting.GetProperty("articleIds").GetRawText(), byId.GetProperty("articleIds").GetRawText());
    }

    [Fact]
    public async Task An_unchanged_list_fetched_again_with_its_ETag_is_a_304()
    {
        using var client = portal.CreateClient();
        var first = await client.GetAsync(new Uri("/api/v1/pairs", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pairs");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pairs?x=1");
        other.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var since = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pairs");
        since.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(since)).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_endpoints_and_the_reference_page_is_served_locally()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        using var client = portal.CreateClient();
        var reference = await client.GetAsync(new Uri("/api/docs/index.html", UriKind.Relative));
        var html = await reference.Content.ReadAsStringAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/articles", paths);
        Assert.Contains("/api/v1/meetings", paths);
        Assert.Contains(document.GetProperty("paths").GetProperty("/api/v1/articles").GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "pair");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unpkg", html, StringComparison.OrdinalIgnoreCase);
    }
}

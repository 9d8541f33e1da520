using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DiplomacyPortal.Web.Tests.Browser;

/// <summary>
/// Every kind of page, in Chinese and in English, at a desktop's and a phone's width, checked by axe-core: no serious or
/// critical violation. Each check leaves a screenshot (a11y-PAGE-LANGUAGE-WIDTH.png) in the screenshots folder.
/// </summary>
[Collection(nameof(SharedBrowser))]
public sealed partial class AccessibilityScenarios(BrowserPortal site)
{
    private static readonly (string Culture, string Name)[] Languages = [("zh-CN", "zh"), ("en", "en")];

    private static readonly (int Width, int Height)[] Screens = [(1280, 900), (390, 844)];

    // Paths with {article}, {official} or {meeting} take the id of one the sample articles give.
    public static TheoryData<string> ReaderPages { get; } =
    [
        "/", "/articles", "/articles?pair=CN-VN&year=2020", "/articles/{article}", "/pairs", "/pairs/CN-VN", "/countries/CN",
        "/officials", "/officials/{official}", "/dates", "/dates/2020", "/search?q=王毅", "/meetings", "/meetings/{meeting}",
        "/agreements", "/frameworks", "/compare?pair=CN-VN&pair=RU-VN", "/network", "/network?view=countries", "/account/sign-in", "/errors/404",
    ];

    public static TheoryData<string> EditorPages { get; } =
    [
        "/upload", "/editor/review", "/editor/failed", "/editor/sources", "/articles/{article}/edit", "/articles/{article}/history", "/admin/users",
    ];

    [BrowserTheory]
    [MemberData(nameof(ReaderPages))]
    public async Task A_reader_page_has_no_serious_or_critical_violation_in_either_language_at_either_width(string path)
    {
        var violations = await CheckEveryWayAsync(await ResolveAsync(path), storageState: null);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [BrowserTheory]
    [MemberData(nameof(EditorPages))]
    public async Task An_editor_page_has_no_serious_or_critical_violation_in_either_language_at_either_width(string path)
    {
        var violations = await CheckEveryWayAsync(await ResolveAsync(path), await SignedInStateAsync());

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    private async Task<List<string>> CheckEveryWayAsync(string path, string? storageState)
    {
        var violations = new List<string>();
        foreach (var (culture, language) in Languages)
        {
            foreach (var (width, height) in Screens)
            {
                await using var context = await site.NewContextAsync(width, height, storageState);
                await AxeChecker.ServeToAsync(context);
                var page = await context.NewPageAsync();
                var response = await page.GotoAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture);
                Assert.NotNull(response);
                Assert.True(storageState is null || !page.Url.Contains("/account/sign-in", StringComparison.Ordinal), $"{path} sent the signed-in browser to sign in.");
                await BrowserPortal.ScreenshotAsync(page, $"a11y-{Slug(path)}-{language}-{width}");
                violations.AddRange((await AxeChecker.SeriousViolationsAsync(page)).Select(v => $"{path} ({language}, {width}px): {v}"));
            }
        }

        return violations;
    }

    /// <summary>The cookies of an administrator signed in through the sign-in form (an administrator may open every editor page).</summary>
    private async Task<string> SignedInStateAsync()
    {
        var name = $"a11y-{Guid.NewGuid():N}"[..16];
        await site.Portal.CreateAccountAsync(name, "admin");
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#UserName", name);
        await page.FillAsync("#Password", Accounts.Password);
        await page.Locator("#sign-in-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in-form")).ToHaveCountAsync(0);
        return await context.StorageStateAsync();
    }

    private async Task<string> ResolveAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = site.BaseAddress };
        async Task<int> FirstIdAsync(string url, bool paged)
        {
            var json = JsonDocument.Parse(await http.GetStringAsync(new Uri(url, UriKind.Relative))).RootElement;
            return (paged ? json.GetProperty("items") : json)[0].GetProperty("id").GetInt32();
        }

        if (path.Contains("{article}", StringComparison.Ordinal))
        {
            path = path.Replace("{article}", (await FirstIdAsync("/api/v1/articles?pair=CN-VN", paged: true)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{official}", StringComparison.Ordinal))
        {
            path = path.Replace("{official}", (await FirstIdAsync("/api/v1/officials?q=%E7%8E%8B%E6%AF%85", paged: false)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{meeting}", StringComparison.Ordinal))
        {
            path = path.Replace("{meeting}", (await FirstIdAsync("/api/v1/meetings?pair=CN-VN", paged: true)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return path;
    }

    private static string Slug(string path) => NonWord().Replace(path.Trim('/'), "-") is { Length: > 0 } slug ? slug : "home";

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex NonWord();
}

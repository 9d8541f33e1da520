using System.Text;
using Microsoft.Playwright;

namespace DiplomacyPortal.Web.Tests.Browser;

[Collection(nameof(SharedBrowser))]
public sealed class EditorScenarios(BrowserPortal site)
{
    [BrowserFact]
    public async Task An_editor_signs_in_uploads_a_file_sees_it_imported_and_finds_it_on_its_pair_page()
    {
        await site.Portal.CreateAccountAsync("browser-editor", "editor");
        var upload = Path.Combine(Path.GetTempPath(), $"laos-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(upload, "越南国家主席会见老挝人民革命党中央总书记\n\n越通社河内2024年5月9日——越南国家主席在河内会见了来越进行正式访问的老挝人民革命党中央总书记、国家主席通伦·西苏里。(完)\n", Encoding.UTF8);
        var page = await site.NewPageAsync();

        await page.GotoAsync("/upload");
        await BrowserPortal.ExpectAddressAsync(page, "/account/sign-in");
        await page.FillAsync("#UserName", "browser-editor");
        await page.FillAsync("#Password", Accounts.Password);
        await BrowserPortal.ScreenshotAsync(page, "12-sign-in");
        await page.Locator("#sign-in-form button[type=submit]").ClickAsync();
        await BrowserPortal.ExpectAddressAsync(page, "/upload$");

        await page.SetInputFilesAsync("#files", upload);
        await page.Locator("#upload-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#upload-preview")).ToContainTextAsync("越南–老挝");
        await BrowserPortal.ScreenshotAsync(page, "13-upload-preview");
        await page.Locator("#import-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#import-results")).ToContainTextAsync("已导入");
        await BrowserPortal.ScreenshotAsync(page, "14-upload-imported");

        await page.GotoAsync("/pairs/LA-VN");
        await BrowserPortal.ScreenshotAsync(page, "15-pair-la-vn");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("越南国家主席会见老挝人民革命党中央总书记");
        File.Delete(upload);
    }

    [BrowserFact]
    public async Task An_editor_adds_a_web_source_paused_and_sees_it_listed_beside_the_example_feed()
    {
        await site.Portal.CreateAccountAsync("browser-sources", "editor");
        var page = await site.NewPageAsync();
        await page.GotoAsync("/editor/sources");
        await page.FillAsync("#UserName", "browser-sources");
        await page.FillAsync("#Password", Accounts.Password);
        await page.Locator("#sign-in-form button[type=submit]").ClickAsync();
        await BrowserPortal.ExpectAddressAsync(page, "/editor/sources$");

        await page.FillAsync("#NewUrl", "http://127.0.0.1:9/browser-feed.rss");
        await page.FillAsync("#NewPollMinutes", "45");
        await page.CheckAsync("#NewPaused");
        await page.Locator("#add-source button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#source-result")).ToContainTextAsync("http://127.0.0.1:9/browser-feed.rss");
        await Assertions.Expect(page.Locator("#sources")).ToContainTextAsync("https://zh.vietnamplus.vn/rss/home.rss");
        await Assertions.Expect(page.Locator("#sources tr", new() { HasText = "browser-feed.rss" })).ToContainTextAsync("已暂停");
        await Assertions.Expect(page.Locator("#NewUrl")).ToHaveValueAsync(string.Empty);
        await BrowserPortal.ScreenshotAsync(page, "16-editor-sources");
    }
}

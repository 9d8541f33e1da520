using Microsoft.Playwright;

namespace DiplomacyPortal.Web.Tests.Browser;

[Collection(nameof(SharedBrowser))]
public sealed class ReaderScenarios(BrowserPortal site)
{
    [BrowserFact]
    public async Task A_reader_follows_a_pair_filters_by_date_opens_an_article_and_finds_the_official_other_articles()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await BrowserPortal.ScreenshotAsync(page, "01-home");

        await page.Locator("#top-pairs a", new() { HasText = "越南–中国" }).First.ClickAsync();
        await BrowserPortal.ExpectAddressAsync(page, @"/pairs/CN-VN$");
        var toArticles = page.GetByText("在文章列表中筛选");
        await Assertions.Expect(toArticles).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "02-pair-cn-vn");

        await toArticles.ClickAsync();
        await BrowserPortal.ExpectAddressAsync(page, @"/articles\?pair=CN-VN$"); // fill the form of the articles page, not the pair page it replaces
        await page.FillAsync("#from", "2020-01-01");
        await page.FillAsync("#to", "2020-12-31");
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await BrowserPortal.ExpectAddressAsync(page, @"/articles\?.*from=2020-01-01");
        await Assertions.Expect(page.Locator(".article-list a.fw-semibold")).ToHaveCountAsync(2);
        await BrowserPortal.ScreenshotAsync(page, "03-articles-dated");

        // Seed 001 gives no year: it is under "year unknown" in the archive.
        await page.GotoAsync("/dates");
        await page.Locator("a", new() { HasText = "年份不详" }).First.ClickAsync();
        await page.Locator(".article-list a", new() { HasText = "越中两国外交部长举行会谈" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("越中两国外交部长举行会谈");
        await BrowserPortal.ScreenshotAsync(page, "04-article-001");

        await page.Locator(".official-chip", new() { HasText = "王毅" }).ClickAsync();
        await BrowserPortal.ExpectAddressAsync(page, @"/officials/[^/]+$");
        var officialArticles = page.Locator("#official-articles a.fw-semibold");
        await Assertions.Expect(officialArticles.First).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "05-official-wang-yi");
        var articles = await officialArticles.AllTextContentsAsync();
        Assert.Contains("越中增强政治互信,务实合作", articles);
    }

    [BrowserFact]
    public async Task A_search_highlights_the_words_found()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        await page.FillAsync("input[name=q]", "王毅");
        await page.PressAsync("input[name=q]", "Enter");
        await BrowserPortal.ExpectAddressAsync(page, @"/search\?q=");
        await Assertions.Expect(page.Locator("mark").First).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "06-search");

        var marks = await page.Locator("mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("王毅", m));
    }

    [BrowserFact]
    public async Task The_language_switch_turns_the_interface_to_English_and_keeps_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/articles");

        await page.Locator("#language-switch a", new() { HasText = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("Articles");
        await page.GotoAsync("/pairs");
        await BrowserPortal.ScreenshotAsync(page, "07-english");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vietnam");
    }

    [BrowserFact]
    public async Task On_a_phone_a_keyboard_alone_skips_to_the_content_opens_the_menu_and_follows_a_link()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/pairs");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        await page.GotoAsync("/pairs");
        await page.Keyboard.PressAsync("Tab"); // the skip link
        await page.Keyboard.PressAsync("Tab"); // the site's name
        await page.Keyboard.PressAsync("Tab"); // the menu button
        await Assertions.Expect(page.Locator(".navbar-toggler")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main-nav")).ToBeVisibleAsync();
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab"); // articles, pairs, officials, meetings
        }

        await Assertions.Expect(page.Locator("#main-nav a", new() { HasText = "会晤" }).First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await BrowserPortal.ExpectAddressAsync(page, "/meetings$");
        await BrowserPortal.ScreenshotAsync(page, "11b-phone-keyboard-meetings");
    }

    [BrowserFact]
    public async Task A_phone_sized_screen_never_scrolls_sideways()
    {
        var page = await site.NewPageAsync(375, 740);
        foreach (var (url, name) in new[] { ("/", "08-phone-home"), ("/articles", "09-phone-articles"), ("/pairs/CN-VN", "10-phone-pair"), ("/meetings", "11-phone-meetings") })
        {
            await page.GotoAsync(url);
            await BrowserPortal.ScreenshotAsync(page, name);

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than the phone's screen");
        }
    }

    [BrowserFact]
    public async Task A_reader_types_two_countries_in_the_search_box_and_follows_the_suggested_pair_by_keyboard()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/?culture=en");

        await page.Locator("#search-box").PressSequentiallyAsync("Vietnam Russia");
        var suggestion = page.Locator("#search-suggestions a", new() { HasText = "Vietnam–Russia" });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "11-search-suggestions");
        await page.Locator("#search-box").PressAsync("ArrowDown");
        await page.Locator("#search-box").PressAsync("Enter");

        await BrowserPortal.ExpectAddressAsync(page, @"/pairs/RU-VN$");
    }

    [BrowserFact]
    public async Task A_reader_finds_the_documents_signed_and_the_relationship_levels_from_the_menu()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("#main-nav a", new() { HasText = "签署文件" }).ClickAsync();
        await Assertions.Expect(page.Locator(".agreement-title", new() { HasText = "越俄外交部合作计划" })).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "12-agreements");
        await page.Locator("#main-nav a", new() { HasText = "关系框架" }).ClickAsync();
        await Assertions.Expect(page.Locator("#framework-RU .framework-level")).ToHaveTextAsync("全面战略伙伴关系");
        await BrowserPortal.ScreenshotAsync(page, "13-frameworks");
    }

    [BrowserFact]
    public async Task A_journalist_compares_two_pairs_and_saves_a_chart_as_png_by_keyboard()
    {
        foreach (var (width, height, suffix) in new[] { (1280, 900, "desktop"), (390, 844, "phone") })
        {
            var page = await site.NewPageAsync(width, height);
            await page.GotoAsync("/compare?pair=VN-CN&pair=VN-RU");
            await Assertions.Expect(page.Locator("#compare-meetings svg .chart-legend")).ToHaveCountAsync(2);
            await BrowserPortal.ScreenshotAsync(page, $"14-compare-{suffix}");
            await page.GotoAsync("/pairs/CN-VN");
            await Assertions.Expect(page.Locator("#pair-meetings svg[role=img]")).ToBeVisibleAsync();
            await BrowserPortal.ScreenshotAsync(page, $"15-pair-charts-{suffix}");
        }

        var reader = await site.NewPageAsync();
        await reader.GotoAsync("/compare?pair=VN-CN&pair=VN-RU");
        var png = reader.Locator("#compare-meetings button.chart-png");
        await png.FocusAsync();
        var download = await reader.RunAndWaitForDownloadAsync(() => reader.Keyboard.PressAsync("Enter"));

        Assert.Equal("meetings-CN-VN_RU-VN.png", download.SuggestedFilename);
        var saved = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(saved);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    // True once one of the canvases Cytoscape draws into holds a painted pixel.
    private const string GraphIsDrawn = """
        () => [...document.querySelectorAll('#network-graph canvas')].some(canvas => {
            const { width, height } = canvas;
            if (width === 0 || height === 0) return false;
            const pixels = canvas.getContext('2d').getImageData(0, 0, width, height).data;
            for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
            return false;
        })
        """;

    [BrowserFact]
    public async Task A_reader_opens_who_met_whom_from_the_menu_and_sees_the_graph_drawn_at_both_widths()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/");

        await page.Locator("#main-nav a", new() { HasText = "会晤网络" }).ClickAsync();
        await page.WaitForFunctionAsync(GraphIsDrawn);
        await Assertions.Expect(page.Locator("#network-edges tr.network-edge", new() { HasText = "拉夫罗夫" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#network-legend li").First).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "14-network");

        var phone = await site.NewPageAsync(375, 740);
        await phone.GotoAsync("/network?culture=en");
        await phone.WaitForFunctionAsync(GraphIsDrawn);
        await BrowserPortal.ScreenshotAsync(phone, "15-phone-network");

        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"/network is {overflow}px wider than the phone's screen");
        Assert.Empty(errors); // a script the site's rules refused, or one that failed, would show here
    }
}

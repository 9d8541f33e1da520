using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DiplomacyPortal.Web.Tests.Browser;

/// <summary>
/// A test that drives Debian's Chromium; reported as skipped, with the reason, on a machine without it
/// (CI installs it, so there they run).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium fonts-noto-cjk).";
        }
    }
}

/// <summary>A browser test run once per row of data; skipped, with the reason, where Chromium is missing.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            Skip = $"Chromium is not installed at {BrowserFactAttribute.ChromiumPath} (apt-get install chromium fonts-noto-cjk).";
        }
    }
}

/// <summary>
/// The portal on a real Kestrel socket on 127.0.0.1 with the sample articles, and one headless Chromium for
/// every scenario. Playwright's own browser download cannot work here, so it launches Debian's build.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;

    public PortalFactory Portal { get; } = PortalFactory.With(seeded: true);

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where scenarios leave their screenshots: a test artifact beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return;
        }

        Portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Portal.StartServer();
        var address = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        // Five seconds, Playwright's default, is short for a page on two cores busy with the rest of the test run.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserFactAttribute.ChromiumPath, Args = ChromiumFlags });
    }

    /// <summary>A fresh browser context (cookies of its own) with a page, at a desktop or a phone's size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await NewContextAsync(width, height);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context (cookies of its own) at a desktop or a phone's size, optionally with a signed-in session's cookies.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900, string? storageState = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN", StorageState = storageState });

    /// <summary>
    /// Waits until the page's address matches a pattern. Not <c>WaitForURLAsync</c>: it also waits on the client for the
    /// page's "load" event, and in one CI run it saw only "networkidle" and gave up after 30 s on a page that had loaded.
    /// A scenario waits on the address, then on the element it uses next (locators wait for their element).
    /// </summary>
    public static Task ExpectAddressAsync(IPage page, [StringSyntax(StringSyntaxAttribute.Regex)] string pattern) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(pattern));

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await Portal.DisposeAsync();
    }
}

[CollectionDefinition(nameof(SharedBrowser))]
public sealed class SharedBrowser : ICollectionFixture<BrowserPortal>;

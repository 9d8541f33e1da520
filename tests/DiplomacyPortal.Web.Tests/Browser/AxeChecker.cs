using System.Text.Json;
using Microsoft.Playwright;

namespace DiplomacyPortal.Web.Tests.Browser;

/// <summary>A rule of axe-core that a page broke, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Impact} {Id}: {Help} — {string.Join(", ", Targets)}";
}

/// <summary>
/// Runs axe-core (the npm package, vendored in Browser/axe by tools/vendor-web-libraries.sh) inside a page under test.
/// The script is served to the page from the page's own origin by the browser context, so the portal's script policy
/// (scripts from the site only) applies to it as to the portal's own scripts, and the portal needs no test route.
/// </summary>
public static class AxeChecker
{
    private const string ScriptPath = "/__tests/axe.min.js";

    private static readonly string ScriptFile = Path.Combine(AppContext.BaseDirectory, "Browser", "axe", "axe.min.js");

    // Every rule axe runs by default (WCAG 2 A and AA and its best practices); the tests hold pages to no serious or critical one.
    private const string Run = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(v => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
        }
        """;

    /// <summary>Serves axe-core at a path of the site to every page of a browser context.</summary>
    public static Task ServeToAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RouteAsync("**" + ScriptPath, route => route.FulfillAsync(new RouteFulfillOptions { Path = ScriptFile, ContentType = "text/javascript" }));
    }

    /// <summary>The serious and critical violations of the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = ScriptPath });
        var found = await page.EvaluateAsync<JsonElement>(Run);
        return found.EnumerateArray()
            .Select(v => new AxeViolation(v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
                v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .Where(v => v.Impact is "serious" or "critical")
            .ToList();
    }
}

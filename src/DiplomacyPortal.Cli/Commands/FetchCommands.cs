using System.CommandLine;
using DiplomacyPortal.Data.Fetching;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// `fetch URL...` (import these article pages now) and `crawl --once URL...` (read these feeds or sitemaps, then fetch
/// and import what they list): the web through the polite fetcher, into the one ingestion path. Each prints a line per
/// failure and a summary, and exits 1 if anything failed.
/// </summary>
public static class FetchCommands
{
    public static Command Fetch(CliConsole console, Option<FileInfo?> database)
    {
        var urls = UrlArgument("Article pages to fetch and import.");
        var allowPrivate = AllowPrivateOption();
        var command = new Command("fetch", "Fetch article pages (robots.txt and a delay per host respected) and import them.") { urls, allowPrivate };
        command.SetAction((result, cancellationToken) => RunAsync(result.DatabaseFile(database), result.GetValue(allowPrivate), console, async (web, report) =>
        {
            foreach (var url in result.GetRequiredValue(urls))
            {
                report(await web.ImportPageAsync(url, "fetch", cancellationToken));
            }

            return true;
        }, cancellationToken));
        return command;
    }

    public static Command Crawl(CliConsole console, Option<FileInfo?> database)
    {
        var urls = UrlArgument("RSS or Atom feeds, or XML sitemaps (sitemap index files too).");
        var once = new Option<bool>("--once") { Description = "Read each source once and stop (the only mode for now; the portal's ingestion service polls by itself)." };
        once.Validators.Add(o =>
        {
            if (!o.GetValueOrDefault<bool>())
            {
                o.AddError("Give --once: crawl reads each source once and stops.");
            }
        });
        var allowPrivate = AllowPrivateOption();
        var command = new Command("crawl", "Read feeds or sitemaps, then fetch and import every page they list that is new or changed.") { urls, once, allowPrivate };
        command.SetAction((result, cancellationToken) => RunAsync(result.DatabaseFile(database), result.GetValue(allowPrivate), console, async (web, report) =>
        {
            var whole = true;
            foreach (var url in result.GetRequiredValue(urls))
            {
                var run = await web.CrawlOnceAsync(url, "crawl", cancellationToken);
                console.Output.WriteLine($"{url}: {run.Kind}, {run.Results.Count} pages listed");
                if (run.Error is not null)
                {
                    console.Output.WriteLine($"  failed: {url}: {run.Error}");
                    whole = false;
                }

                run.Results.ToList().ForEach(report);
            }

            return whole;
        }, cancellationToken));
        return command;
    }

    private static Argument<Uri[]> UrlArgument(string description) =>
        new("URL") { Description = description, Arity = ArgumentArity.OneOrMore, CustomParser = ParseUrls };

    private static Uri[] ParseUrls(System.CommandLine.Parsing.ArgumentResult result)
    {
        var urls = new List<Uri>();
        foreach (var token in result.Tokens)
        {
            if (Uri.TryCreate(token.Value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                urls.Add(url);
            }
            else
            {
                result.AddError($"'{token.Value}' is not an http or https address.");
            }
        }

        return [.. urls];
    }

    private static Option<bool> AllowPrivateOption() =>
        new("--allow-private-addresses") { Description = "Let the fetcher reach servers on this machine or its private network (tests, local mirrors)." };

    private static async Task<int> RunAsync(string? database, bool allowPrivate, CliConsole console, Func<WebImporter, Action<ImportResult>, Task<bool>> work, CancellationToken cancellationToken)
    {
        await using var store = await StoreSession.OpenAsync(database, builder =>
            builder.Services.AddFetching(builder.Configuration, options => options.AllowPrivateAddresses |= allowPrivate), cancellationToken);
        int imported = 0, updated = 0, duplicates = 0, unchanged = 0, failed = 0;
        void Report(ImportResult result)
        {
            switch (result.Outcome)
            {
                case ImportOutcome.Imported:
                    imported++;
                    break;
                case ImportOutcome.Duplicate:
                    duplicates++;
                    break;
                case ImportOutcome.Unchanged:
                    unchanged++;
                    break;
                case ImportOutcome.Updated:
                    updated++;
                    break;
                default:
                    failed++;
                    console.Output.WriteLine($"  failed: {result.FileName}: {result.Reason}");
                    break;
            }
        }

        var whole = await work(store.Services.GetRequiredService<WebImporter>(), Report);
        console.Output.WriteLine($"Imported {imported}, new versions {updated}, duplicates {duplicates}, unchanged {unchanged}, failed {failed}.");
        return whole && failed == 0 ? 0 : 1;
    }
}

using System.CommandLine;
using DiplomacyPortal.Data.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>`sources`: the feeds and sitemaps the portal polls by itself; the /editor/sources page also sets intervals and polls at once.</summary>
public static class SourcesCommand
{
    public static Command Create(CliConsole console, Option<FileInfo?> database)
    {
        var url = new Argument<string>("URL") { Description = "An RSS or Atom feed, or an XML sitemap." };
        var every = new Option<int>("--every") { HelpName = "MINUTES", Description = $"How often to poll it (at least {WebSourceCatalog.MinimumPollMinutes}).", DefaultValueFactory = _ => 60 };
        var paused = new Option<bool>("--paused") { Description = "Add it paused: it is polled once resumed." };
        var add = new Command("add", "Add a source; it is polled at once unless paused.") { url, every, paused };
        add.SetAction((result, cancellationToken) => WithCatalogAsync(result.DatabaseFile(database), console, async catalog =>
            await catalog.AddAsync(result.GetRequiredValue(url), result.GetValue(every), result.GetValue(paused), "cli", cancellationToken), cancellationToken));

        var list = new Command("list", "The sources, whether each is paused, when it was last polled and how that went.");
        list.SetAction((result, cancellationToken) => WithCatalogAsync(result.DatabaseFile(database), console, async catalog =>
        {
            foreach (var source in await catalog.ListAsync(cancellationToken))
            {
                var state = source.IsPaused ? "paused" : "active";
                var last = source.LastPolledAt is { } at ? $"last polled {at:yyyy-MM-dd HH:mm} UTC" : "never polled";
                var failing = source.FailuresInARow > 0 ? $", {source.FailuresInARow} failed in a row: {source.LastError}" : string.Empty;
                console.Output.WriteLine($"#{source.Id} {state} every {source.PollMinutes} min {source.Url} ({last}{failing})");
            }

            return null;
        }, cancellationToken));

        return new Command("sources", "The feeds and sitemaps the portal polls by itself.")
        {
            add,
            list,
            Toggle("pause", "Stop polling a source until it is resumed.", paused: true, console, database),
            Toggle("resume", "Poll a paused source again, starting now.", paused: false, console, database),
        };
    }

    private static Command Toggle(string name, string description, bool paused, CliConsole console, Option<FileInfo?> database)
    {
        var id = new Argument<int>("ID") { Description = "The source's number, as `sources list` shows it." };
        var command = new Command(name, description) { id };
        command.SetAction((result, cancellationToken) => WithCatalogAsync(result.DatabaseFile(database), console, async catalog =>
            await catalog.SetPausedAsync(result.GetRequiredValue(id), paused, cancellationToken), cancellationToken));
        return command;
    }

    /// <summary>Runs a change (or a listing, which returns null) and reports it: the source on success, the reason and exit 1 otherwise.</summary>
    private static async Task<int> WithCatalogAsync(string? database, CliConsole console, Func<WebSourceCatalog, Task<SourceChange?>> work, CancellationToken cancellationToken)
    {
        await using var store = await StoreSession.OpenAsync(database, builder => builder.Services.AddSingleton<WebSourceCatalog>(), cancellationToken);
        var change = await work(store.Services.GetRequiredService<WebSourceCatalog>());
        if (change is null)
        {
            return 0;
        }

        if (!change.Succeeded)
        {
            console.Error.WriteLine($"sources: {change.Error}");
            return 1;
        }

        var source = change.Source!;
        console.Output.WriteLine($"#{source.Id} {(source.IsPaused ? "paused" : "active")} every {source.PollMinutes} min {source.Url}");
        return 0;
    }
}

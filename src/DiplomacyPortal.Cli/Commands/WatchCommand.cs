using System.CommandLine;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Fetching;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// `watch`: the portal's ingestion service without the web server: the inbox watched and imported until Ctrl-C. For a
/// machine that receives the files but does not serve the portal, or a portal run with Ingestion:Enabled=false.
/// </summary>
public static class WatchCommand
{
    public static Command Create(CliConsole console, Option<FileInfo?> database)
    {
        var inbox = new Option<DirectoryInfo?>("--inbox") { HelpName = "FOLDER", Description = "The folder to watch instead of the configured one (Ingestion__Inbox, default inbox/ beside the store)." };
        var command = new Command("watch", "Watch the inbox and poll the web sources that are turned on, until Ctrl-C; each inbox file moves to done/ or failed/ once stored.") { inbox };
        command.SetAction(async (result, cancellationToken) =>
        {
            var folder = result.GetValue(inbox)?.FullName;
            await using var store = await StoreSession.OpenAsync(result.DatabaseFile(database), builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ingestion:Enabled"] = "true", ["Ingestion:Inbox"] = folder ?? builder.Configuration["Ingestion:Inbox"] ?? "inbox" });
                builder.Services.AddInbox(builder.Configuration).AddWebSources(builder.Configuration);
            }, cancellationToken);
            console.Output.WriteLine($"Watching {store.Services.GetRequiredService<Inbox>().Folder} for .txt, .html and .zip files; and polling the web sources turned on; Ctrl-C stops.");
            console.Output.Flush();
            await store.RunAsync(cancellationToken);
            console.Output.WriteLine("Stopped.");
            return 0;
        });
        return command;
    }
}

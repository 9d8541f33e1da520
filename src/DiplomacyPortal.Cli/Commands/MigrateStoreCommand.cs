using System.CommandLine;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// `migrate-store --to postgres --connection CS`: copies the SQLite store (the default file, or --db) into an
/// empty PostgreSQL database — every table, raw files included, ids kept — builds its search index and checks
/// the copy table by table. The SQLite file is only read.
/// </summary>
public static class MigrateStoreCommand
{
    public static Command Create(CliConsole console, Option<FileInfo?> database)
    {
        var to = new Option<string>("--to") { HelpName = "postgres", Description = "Where to: postgres (the only target).", Required = true };
        to.AcceptOnlyFromAmong("postgres");
        var connection = new Option<string>("--connection") { HelpName = "CS", Description = "The empty PostgreSQL database: \"Host=…;Database=…;Username=…;Password=…\".", Required = true };
        var command = new Command("migrate-store", "Copy the SQLite store into an empty PostgreSQL database, every table with its ids, and check the copy.") { to, connection };
        command.SetAction((result, cancellationToken) => RunAsync(result.DatabaseFile(database), result.GetRequiredValue(connection), console, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string? database, string connection, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var (output, error) = (console.Output, console.Error);
        var file = Path.GetFullPath(database ?? StoreLocation.DefaultFile);
        if (!File.Exists(file))
        {
            error.WriteLine($"migrate-store: there is no SQLite store at {file}.");
            return 2;
        }

        var source = StoreSettings.Sqlite(file);
        var target = new StoreSettings(StoreProvider.Postgres, connection);

        await using (var db = new PortalDbContext(PortalDatabase.Options(source)))
        {
            await StoreInitializer.RunAsync(db, cancellationToken);
        }

        try
        {
            await using (var db = new PortalDbContext(PortalDatabase.Options(target)))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            output.WriteLine($"Copying {source.Description} into {target.Description}");
            var counts = await StoreCopier.CopyAsync(
                () => new PortalDbContext(PortalDatabase.Options(source)),
                () => new PortalDbContext(PortalDatabase.Options(target)),
                new Progress<string>(step => output.WriteLine($"  {step}")),
                cancellationToken);

            output.WriteLine();
            output.WriteLine($"{"table",-28} {"SQLite",10} {"PostgreSQL",10}");
            foreach (var count in counts)
            {
                output.WriteLine($"{count.Table,-28} {count.Source,10} {count.Target,10}{(count.Matches ? string.Empty : "   differs")}");
            }

            var differing = counts.Where(c => !c.Matches).ToList();
            output.WriteLine(differing.Count == 0
                ? "Every table was copied whole. Point the portal at it with Database:Provider=Postgres and ConnectionStrings:Portal."
                : $"{differing.Count} tables differ: the copy is incomplete; drop the PostgreSQL database and run the command again.");
            return differing.Count == 0 ? 0 : 1;
        }
        catch (Exception e) when (e is InvalidOperationException or Npgsql.NpgsqlException)
        {
            error.WriteLine($"migrate-store: {e.Message}");
            return 1;
        }
    }
}

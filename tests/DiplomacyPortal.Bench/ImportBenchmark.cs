using System.Text;
using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Bench;

/// <summary>
/// Imports the corpus with the command-line tool (a process of its own, so its peak memory is its own) into a
/// fresh SQLite file, beside the sqlite3 shell bulk-loading the same headlines and bodies into a plain table
/// with an FTS5 index.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<(IReadOnlyList<Row> Rows, string Database)> RunAsync(string cli, string corpus, string work, int articles)
    {
        var database = Path.Combine(work, "bench.db");
        foreach (var stale in Directory.GetFiles(work, "bench.db*").Concat(Directory.GetFiles(work, "reference.db*")))
        {
            File.Delete(stale);
        }

        var import = await ImportAsync(cli, corpus, database, articles);
        var rows = new List<Row>
        {
            new("import into SQLite (articles/s, raw files, search index and meetings included)", Tools.Number(import.Rate), await SqliteReferenceAsync(database, work, articles, import.Rate), "target: 1,500/s and within 4x of sqlite3"),
            new("peak memory of the import (RSS, MB)", Tools.Number(import.PeakRssBytes / 1e6)),
            new("store size (MB, raw files included)", Tools.Number(import.StoreBytes / 1e6)),
        };
        return (rows, database);
    }

    /// <summary>What an import into SQLite costs: articles per second, the CLI's peak memory, the store's size.</summary>
    public sealed record Figures(double Rate, long PeakRssBytes, long StoreBytes);

    /// <summary>The CLI imports the corpus into a new SQLite file.</summary>
    public static async Task<Figures> ImportAsync(string cli, string corpus, string database, int articles)
    {
        var import = await Tools.RunAsync("dotnet", [cli, "import", "--db", database, corpus]);
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException($"The import failed (exit code {import.ExitCode}).");
        }

        return new Figures(articles / import.Elapsed.TotalSeconds, import.PeakRssBytes, new FileInfo(database).Length);
    }

    /// <summary>The sqlite3 shell loading the imported headlines and bodies from CSV into a table with a trigram FTS5 index.</summary>
    private static async Task<string> SqliteReferenceAsync(string database, string work, int articles, double rate)
    {
        if (!Tools.Has("sqlite3"))
        {
            return "not measured: install Debian's sqlite3";
        }

        var csv = Path.Combine(work, "reference.csv");
        await using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly"))
        await using (var writer = new StreamWriter(csv, false, new UTF8Encoding(false)))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT Id, coalesce(Headline, ''), Body FROM Articles ORDER BY Id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                await writer.WriteLineAsync($"{reader.GetInt32(0)},\"{reader.GetString(1).Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"{reader.GetString(2).Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            }
        }

        var script = Path.Combine(work, "reference.sql");
        await File.WriteAllTextAsync(script, $"""
            PRAGMA journal_mode=WAL;
            CREATE TABLE articles(id INTEGER PRIMARY KEY, headline TEXT, body TEXT);
            CREATE VIRTUAL TABLE articles_search USING fts5(headline, body, content='articles', content_rowid='id', tokenize='trigram');
            CREATE TRIGGER articles_indexed AFTER INSERT ON articles BEGIN
              INSERT INTO articles_search(rowid, headline, body) VALUES (new.id, new.headline, new.body);
            END;
            .mode csv
            .import {csv} articles
            """);
        var load = await Tools.RunAsync("sqlite3", [Path.Combine(work, "reference.db")], standardInputFile: script);
        var reference = articles / load.Elapsed.TotalSeconds;
        return $"sqlite3 .import, plain table + FTS5 (trigram): {Tools.Number(reference)}/s ({Tools.Number(reference / rate, "F1")}x)";
    }
}

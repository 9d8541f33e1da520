using System.Globalization;
using Npgsql;

namespace DiplomacyPortal.Bench;

/// <summary>
/// The same table on PostgreSQL (--engine postgres): a private cluster in the work folder, started as CI starts one
/// (.ci/postgres) but with fsync on, as a server that keeps its data runs; the corpus imported by the CLI beside
/// PostgreSQL's own COPY of the same rows into a table with a text-search index; the pages and searches; the memory of
/// the portal and of the server; and two portal processes under wrk at once beside one.
/// </summary>
internal sealed class PostgresBenchmark(string repository, string cli, string corpus, string work, int articles, int seconds)
{
    private const int Port = 55391;
    private const string SecondAddress = "http://127.0.0.1:5392";

    public async Task<IReadOnlyList<Row>> RunAsync()
    {
        if (!Directory.Exists("/usr/lib/postgresql"))
        {
            return [new("PostgreSQL", "not measured: install Debian's postgresql")];
        }

        var cluster = Path.Combine(work, "pg");
        await StopAsync(cluster);
        if (Directory.Exists(cluster))
        {
            Directory.Delete(cluster, recursive: true);
        }

        var start = await Tools.RunAsync("bash", [Path.Combine(repository, ".ci", "postgres"), "start", cluster, Port.ToString(CultureInfo.InvariantCulture)],
            environment: new Dictionary<string, string> { ["PORTAL_PG_OPTIONS"] = "-c fsync=on -c shared_buffers=256MB" });
        if (start.ExitCode != 0)
        {
            throw new InvalidOperationException("The PostgreSQL cluster did not start (.ci/postgres start).");
        }

        using var memory = new PostgresMemory();
        try
        {
            var connection = await CreateDatabaseAsync(start.Output.Trim(), "bench");
            var store = BenchStore.Postgres(connection);
            var rows = new List<Row> { new("store", $"PostgreSQL {await ScalarAsync<string>(connection, "SHOW server_version")}, a private cluster on 127.0.0.1 (fsync on, shared_buffers 256 MB)") };
            rows.AddRange(await ImportAsync(store, connection));
            rows.AddRange(await new PageBenchmark(repository, store, corpus, work, seconds, "target: median under 15 ms (cache missed)").RunAsync());
            rows.Add(await TwoProcessesAsync(store));
            rows.Add(new("PostgreSQL server memory (sum of its processes' PSS, MB) during the pages and loads above", $"peak {Loads.Megabytes(memory.Peak)}", string.Empty, "shared_buffers 256 MB"));
            return rows;
        }
        finally
        {
            await StopAsync(cluster);
        }
    }

    /// <summary>The CLI's import (a process of its own) beside COPY of the same rows into a table with a GIN text-search index.</summary>
    private async Task<IReadOnlyList<Row>> ImportAsync(BenchStore store, string connection)
    {
        var import = await Tools.RunAsync("dotnet", [cli, "import", corpus], environment: new Dictionary<string, string>(store.Environment));
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException($"The import into PostgreSQL failed (exit code {import.ExitCode}).");
        }

        var rate = articles / import.Elapsed.TotalSeconds;
        var size = await ScalarAsync<long>(connection, "SELECT pg_database_size(current_database())");
        var copy = await CopyReferenceAsync(connection);
        return
        [
            new("import into PostgreSQL (articles/s, raw files, search index and meetings included)", Tools.Number(rate),
                $"COPY of the headlines and bodies into a table with a GIN index on to_tsvector: {Tools.Number(copy)}/s ({Tools.Number(copy / rate, "F1")}x)",
                "target: 1,000/s and within 4x of COPY"),
            new("peak memory of the import (RSS, MB)", Tools.Number(import.PeakRssBytes / 1e6)),
            new("store size on PostgreSQL (MB, raw files included; pg_database_size)", Tools.Number(size / 1e6), string.Empty, $"{Tools.Number(size / (double)articles / 1e3, "F1")} kB per article"),
        ];
    }

    /// <summary>COPY's rate for the store's own rows: exported as COPY text first, then timed loading into the reference table.</summary>
    private async Task<double> CopyReferenceAsync(string connection)
    {
        var file = Path.Combine(work, "reference-pg.txt");
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        using (var export = await db.BeginTextExportAsync("""COPY (SELECT "Id", coalesce("Headline", ''), "Body" FROM "Articles" ORDER BY "Id") TO STDOUT"""))
        await using (var output = new StreamWriter(file))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await export.ReadAsync(buffer)) > 0)
            {
                await output.WriteAsync(buffer.AsMemory(0, read));
            }
        }

        await using (var create = new NpgsqlCommand("""
            DROP TABLE IF EXISTS reference;
            CREATE TABLE reference(id integer PRIMARY KEY, headline text, body text);
            CREATE INDEX reference_search ON reference USING gin (to_tsvector('simple', headline || ' ' || body));
            """, db))
        {
            await create.ExecuteNonQueryAsync();
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var import = await db.BeginTextImportAsync("COPY reference FROM STDIN"))
        using (var input = new StreamReader(file))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await input.ReadAsync(buffer)) > 0)
            {
                await import.WriteAsync(buffer.AsMemory(0, read));
            }
        }

        watch.Stop();
        await using (var drop = new NpgsqlCommand("DROP TABLE reference", db))
        {
            await drop.ExecuteNonQueryAsync();
        }

        File.Delete(file);
        return articles / watch.Elapsed.TotalSeconds;
    }

    /// <summary>The cache-missed mix under wrk on one portal, then on two portals over the same database at once.</summary>
    private async Task<Row> TwoProcessesAsync(BenchStore store)
    {
        var script = Loads.WrkScript(work, missCache: true);
        await using var first = await WebProcess.StartAsync(repository, store);
        await using var second = await WebProcess.StartAsync(repository, store, address: SecondAddress);
        await Task.WhenAll(Tools.WrkAsync(first.Address, 3, script), Tools.WrkAsync(second.Address, 3, script)); // both warmed up alike
        var one = await Tools.WrkAsync(first.Address, seconds, script);
        var both = await Task.WhenAll(Tools.WrkAsync(first.Address, seconds, script), Tools.WrkAsync(second.Address, seconds, script));
        var together = both.Sum(b => b.RequestsPerSecond);
        var errors = one.Errors + one.SocketErrors + both.Sum(b => b.Errors + b.SocketErrors);
        return new(
            "two portal processes on one PostgreSQL, the cache-missed mix under wrk: requests/s of both at once",
            $"{Tools.Number(together)}/s ({string.Join(" + ", both.Select(b => Tools.Number(b.RequestsPerSecond)))}), {errors} errors",
            $"one process alone: {Tools.Number(one.RequestsPerSecond)}/s",
            $"{Tools.Number(together / one.RequestsPerSecond, "F2")}x (target: 1.6x, no errors; {Environment.ProcessorCount} cores run both portals, wrk and the server)");
    }

    private static async Task<string> CreateDatabaseAsync(string server, string name)
    {
        await using (var db = new NpgsqlConnection(server))
        {
            await db.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", db);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    private static async Task<T> ScalarAsync<T>(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task StopAsync(string cluster)
    {
        if (Directory.Exists(Path.Combine(cluster, "data")))
        {
            await Tools.RunAsync("bash", [Path.Combine(repository, ".ci", "postgres"), "stop", cluster]);
        }
    }
}

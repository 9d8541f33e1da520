using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Data.Storage;

/// <summary>What a check of a backup found: whether every page is whole, SQLite's findings otherwise, and its articles.</summary>
public sealed record BackupCheck(bool Whole, IReadOnlyList<string> Findings, long Articles);

/// <summary>What a restore did: the articles now in the store, and where the store as it was before is kept.</summary>
public sealed record RestoreResult(long Articles, string? PreviousStore);

/// <summary>
/// Backups of a SQLite store, the same for the CLI's `backup` and `restore` and the portal's scheduled backups:
/// SQLite's online backup copies a consistent snapshot while other connections keep reading and writing.
/// </summary>
public static class StoreBackups
{
    /// <summary>Copies the store to <paramref name="target"/>, which must not exist (nothing is overwritten); its size in bytes.</summary>
    public static async Task<long> CopyAsync(StoreSettings store, string target, CancellationToken cancellationToken = default)
    {
        RequireSqlite(store);
        if (File.Exists(target))
        {
            throw new IOException($"{target} exists already; give a new file name so that nothing is overwritten.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        await using var source = new SqliteConnection(store.ConnectionString);
        await using var destination = new SqliteConnection(FileConnection(target, SqliteOpenMode.ReadWriteCreate));
        await source.OpenAsync(cancellationToken);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
        return new FileInfo(target).Length;
    }

    /// <summary>
    /// Opens a backup read-only (it is never changed, nor its journal), runs SQLite's integrity check over every
    /// page and counts its articles. A file that is not a store at all is reported as not whole, with SQLite's reason.
    /// </summary>
    public static async Task<BackupCheck> VerifyAsync(string file, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"{file} does not exist.", file);
        }

        try
        {
            await using var connection = new SqliteConnection(FileConnection(file, SqliteOpenMode.ReadOnly));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var findings = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    findings.Add(reader.GetString(0));
                }
            }

            if (findings is not ["ok"])
            {
                return new BackupCheck(false, findings, 0);
            }

            command.CommandText = "SELECT COUNT(*) FROM \"Articles\"";
            var articles = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return new BackupCheck(true, [], articles);
        }
        catch (SqliteException e)
        {
            return new BackupCheck(false, [$"not a readable store: {e.Message}"], 0);
        }
    }

    /// <summary>
    /// Puts a backup in place of the store: the backup is checked first (a damaged one changes nothing), no
    /// portal or command may hold the store (<see cref="StoreLock"/>), and the store as it was is first copied to
    /// a file beside it, so a restore loses nothing. The copy goes through SQLite's backup, which also replaces
    /// what the store's write-ahead log held.
    /// </summary>
    public static async Task<RestoreResult> RestoreAsync(StoreSettings store, string backup, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        RequireSqlite(store);
        var check = await VerifyAsync(backup, cancellationToken);
        if (!check.Whole)
        {
            throw new InvalidDataException($"{backup} is damaged, so the store was left as it is: {string.Join("; ", check.Findings.Take(3))}");
        }

        var database = DatabaseFile(store);
        using var exclusive = StoreLock.TakeExclusive(database);
        string? previous = null;
        if (File.Exists(database) && new FileInfo(database).Length > 0)
        {
            previous = $"{database}.before-restore-{clock.GetUtcNow():yyyyMMdd-HHmmss}";
            await CopyAsync(store, previous, cancellationToken);
        }

        await using (var source = new SqliteConnection(FileConnection(backup, SqliteOpenMode.ReadOnly)))
        await using (var destination = new SqliteConnection(store.ConnectionString))
        {
            await source.OpenAsync(cancellationToken);
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
        }

        var restored = await VerifyAsync(database, cancellationToken);
        return new RestoreResult(restored.Articles, previous);
    }

    /// <summary>The store's database file.</summary>
    public static string DatabaseFile(StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Path.GetFullPath(new SqliteConnectionStringBuilder(store.ConnectionString).DataSource);
    }

    private static string FileConnection(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();

    private static void RequireSqlite(StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Provider != StoreProvider.Sqlite)
        {
            throw new NotSupportedException("The store is on PostgreSQL; back it up and restore it with the server's own tools (pg_dump, pg_restore).");
        }
    }
}

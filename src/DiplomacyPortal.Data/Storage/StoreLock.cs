using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// Who is using a SQLite store, told through an operating-system lock on a file beside it (<c>portal.db.lock</c>).
/// Every portal and command that opens the store holds a shared lock for as long as it runs, so several may work
/// together; a restore needs the exclusive lock and is refused while anyone else holds the store. The operating
/// system releases the lock when a process ends, however it ends, so a crash never leaves the store locked.
/// </summary>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream _file;

    private StoreLock(FileStream file) => _file = file;

    /// <summary>The lock file of a database file.</summary>
    public static string LockFile(string databaseFile) => databaseFile + ".lock";

    /// <summary>
    /// Marks a SQLite store as in use until disposed; never waits (others holding it shared is the normal case).
    /// Null for a store that is not a file of its own (PostgreSQL, or SQLite in memory).
    /// </summary>
    public static StoreLock? TakeShared(StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Provider != StoreProvider.Sqlite
            || new SqliteConnectionStringBuilder(store.ConnectionString) is { DataSource: "" or ":memory:" } or { Mode: SqliteOpenMode.Memory })
        {
            return null;
        }

        var databaseFile = StoreBackups.DatabaseFile(store);
        try
        {
            return new StoreLock(Open(databaseFile, FileShare.ReadWrite));
        }
        catch (IOException e)
        {
            throw new StoreInUseException($"{databaseFile} is being restored; start again when the restore has finished.", e);
        }
    }

    /// <summary>The store to oneself, or <see cref="StoreInUseException"/> when a portal or a command holds it.</summary>
    public static StoreLock TakeExclusive(string databaseFile)
    {
        try
        {
            return new StoreLock(Open(databaseFile, FileShare.None));
        }
        catch (IOException e)
        {
            throw new StoreInUseException($"{databaseFile} is in use by a running portal or command; stop it first (systemctl stop diplomacyportal).", e);
        }
    }

    // .NET takes an advisory lock (flock) on Unix for FileShare.None (exclusive) and for other sharing (shared).
    private static FileStream Open(string databaseFile, FileShare share)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databaseFile))!);
        return new FileStream(LockFile(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>The store is held by another process in a way that forbids what was asked.</summary>
public sealed class StoreInUseException(string message, Exception inner) : Exception(message, inner);

using SQLitePCL;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// SQLite's process-wide settings for a batch tool (the CLI). They must be made before SQLite's first use in the process;
/// made later, SQLite refuses them and keeps its defaults, which are safe.
/// </summary>
public static class SqliteProcessSettings
{
    /// <summary>
    /// Multi-thread mode without memory statistics. The bundled SQLite is built serialized: every call of a connection
    /// (each bind, step and reset) takes that connection's mutex, and every allocation a global one for the statistics.
    /// A connection here is never used by two threads at once (EF Core's and Microsoft.Data.Sqlite's rule too), so the
    /// mutexes only cost. Why and the measurements: docs/decisions/0004-sqlite-settings.md.
    /// </summary>
    /// <returns>Whether SQLite took the settings (false if it was already in use).</returns>
    public static bool UseForBatchWork()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK
            && raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}

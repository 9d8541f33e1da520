using SQLitePCL;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// SQLite's process-wide settings: for a batch tool (the CLI), made before SQLite's first use in the process (made later,
/// SQLite refuses them and keeps its defaults, which are safe); for a server, a bound on SQLite's memory.
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

    /// <summary>
    /// Bounds the memory of all of the process's SQLite connections together. Each pooled connection may keep a page
    /// cache of its own (<c>cache_size</c>), and a web server keeps about one connection per concurrent request: past the
    /// bound, a connection reuses its own cached pages instead of taking more, and pages it no longer holds are read
    /// again from the operating system's file cache. Why and the measurements: docs/decisions/0006-web-server-memory.md.
    /// </summary>
    public static void LimitMemory(long bytes)
    {
        Batteries_V2.Init();
        raw.sqlite3_soft_heap_limit64(bytes);
    }

    /// <summary>The memory SQLite holds in this process now, in bytes (0 where its memory statistics are off, as in the CLI).</summary>
    public static long MemoryUsed() => raw.sqlite3_memory_used();
}

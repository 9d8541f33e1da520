using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Data.Storage;

/// <summary>Where the store lives: the SQLite file the portal, the CLI and the tests open when nothing else is configured.</summary>
public static class StoreLocation
{
    /// <summary>The environment variable that names the database file.</summary>
    public const string EnvironmentVariable = "DIPLOMACYPORTAL_DB";

    /// <summary>
    /// The default database file: data/portal.db in the checkout (the folder holding DiplomacyPortal.sln,
    /// looked for upwards from the working directory), else under the working directory. `dotnet run
    /// --project` starts the web app and the CLI in their own project folders; anchoring the default at the
    /// checkout makes both use one store, so an import shows in the portal.
    /// </summary>
    public static string DefaultPath => Path.Combine(FindCheckoutRoot() ?? Directory.GetCurrentDirectory(), "data", "portal.db");

    /// <summary>The file the store is in when no connection string is configured: DIPLOMACYPORTAL_DB, else <see cref="DefaultPath"/>.</summary>
    public static string DefaultFile => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : DefaultPath;

    private static string? FindCheckoutRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiplomacyPortal.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// The connection string: <paramref name="configured"/> (ConnectionStrings:Portal) if given, else the
    /// DIPLOMACYPORTAL_DB file, else data/portal.db. The folder of the file is created if missing.
    /// </summary>
    public static string ResolveConnectionString(string? configured)
    {
        var builder = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = DefaultFile }
            : new SqliteConnectionStringBuilder(configured);

        // Writers wait for each other instead of failing with "database is locked".
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }

    /// <summary>The folder that holds the database file (for logs and backups beside it).</summary>
    public static string DataFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return Path.GetDirectoryName(Path.GetFullPath(string.IsNullOrEmpty(file) ? DefaultPath : file)) ?? ".";
    }

    /// <summary>The folder for logs: beside the SQLite file, or data/ of the checkout for a PostgreSQL store.</summary>
    public static string DataFolder(StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Provider == StoreProvider.Sqlite ? DataFolder(store.ConnectionString) : Path.GetDirectoryName(DefaultPath)!;
    }
}

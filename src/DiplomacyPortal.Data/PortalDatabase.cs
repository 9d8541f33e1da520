using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data;

/// <summary>How EF Core opens the store, the same way for the web app, the CLI and the tests.</summary>
public static class PortalDatabase
{
    /// <summary>Configures EF Core for a SQLite store.</summary>
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UsePortalDatabase(new StoreSettings(StoreProvider.Sqlite, connectionString));

    /// <summary>Configures EF Core for the store the settings name.</summary>
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        if (store.Provider == StoreProvider.Postgres)
        {
            return options.UseNpgsql(store.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        }

        return options.UseSqlite(store.ConnectionString).AddInterceptors(SqliteConnectionPragmas.Instance);
    }

    /// <summary>The assembly that holds the PostgreSQL migrations (the SQLite ones are in this assembly).</summary>
    public const string PostgresMigrationsAssembly = "DiplomacyPortal.Data.Postgres";

    /// <summary>Options for a context outside dependency injection (CLI, tests), on a SQLite store.</summary>
    public static DbContextOptions<PortalDbContext> Options(string connectionString) => Options(new StoreSettings(StoreProvider.Sqlite, connectionString));

    /// <summary>Options for a context outside dependency injection (CLI, tests).</summary>
    public static DbContextOptions<PortalDbContext> Options(StoreSettings store) =>
        (DbContextOptions<PortalDbContext>)new DbContextOptionsBuilder<PortalDbContext>().UsePortalDatabase(store).Options;
}

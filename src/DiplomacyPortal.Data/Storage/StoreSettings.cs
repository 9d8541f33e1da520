using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Data.Storage;

/// <summary>The database engines the store runs on.</summary>
public enum StoreProvider
{
    /// <summary>An embedded file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for stores that several web servers share.</summary>
    Postgres,
}

/// <summary>Which engine holds the store and how to reach it.</summary>
public sealed record StoreSettings(StoreProvider Provider, string ConnectionString)
{
    /// <summary>The configuration key of the provider (an environment variable <c>Database__Provider</c>).</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>
    /// The settings from configuration values: <paramref name="provider"/> (Database:Provider, <c>Sqlite</c> when
    /// empty) and <paramref name="connectionString"/> (ConnectionStrings:Portal). A SQLite store falls back to
    /// DIPLOMACYPORTAL_DB or data/portal.db; a PostgreSQL store needs its connection string.
    /// </summary>
    public static StoreSettings Resolve(string? provider, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(nameof(StoreProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return new(StoreProvider.Sqlite, StoreLocation.ResolveConnectionString(connectionString));
        }

        if (provider.Equals(nameof(StoreProvider.Postgres), StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Portal is empty: give the server's connection string, e.g. Host=127.0.0.1;Database=portal;Username=portal;Password=…")
                : new(StoreProvider.Postgres, connectionString);
        }

        throw new InvalidOperationException($"Database:Provider '{provider}' is not known: use Sqlite (the default) or Postgres.");
    }

    /// <summary>The settings in configuration: Database:Provider and ConnectionStrings:Portal.</summary>
    public static StoreSettings FromConfiguration(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Resolve(configuration[ProviderKey], configuration["ConnectionStrings:Portal"]);
    }

    /// <summary>
    /// The settings a command-line tool reads from its environment, with the names the web app reads
    /// (Database__Provider, ConnectionStrings__Portal); <paramref name="sqliteFile"/> (--db) names a SQLite file instead.
    /// </summary>
    public static StoreSettings FromEnvironment(string? sqliteFile = null) =>
        sqliteFile is not null
            ? Sqlite(sqliteFile)
            : Resolve(Environment.GetEnvironmentVariable("Database__Provider"), Environment.GetEnvironmentVariable("ConnectionStrings__Portal"));

    /// <summary>A SQLite store in <paramref name="file"/> (its folder created if missing, with the busy timeout every store gets).</summary>
    public static StoreSettings Sqlite(string file) =>
        new(StoreProvider.Sqlite, StoreLocation.ResolveConnectionString(new SqliteConnectionStringBuilder { DataSource = file }.ToString()));

    /// <summary>The store named for people: the file, or the server and database (never the password).</summary>
    public string Description => Provider == StoreProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) is var pg ? $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}" : string.Empty;
}

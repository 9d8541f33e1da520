using Npgsql;

namespace DiplomacyPortal.Tests;

/// <summary>
/// The PostgreSQL server a test run may use: DIPLOMACYPORTAL_TEST_POSTGRES holds a connection string to it
/// (.ci/run starts a private one and runs the store's tests a second time against it). Each test gets a
/// database of its own, dropped afterwards. Shared by the test projects as a linked source file.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "DIPLOMACYPORTAL_TEST_POSTGRES";

    /// <summary>The server, or null when the run is for SQLite only.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    /// <summary>Creates an empty database on the server; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"portal_test_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(Server ?? throw new InvalidOperationException($"{Variable} is not set."));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A test about SQLite itself (its file, its SQL): skipped when the run is for PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestPostgres.Server is not null)
        {
            Skip = $"This run is against PostgreSQL ({TestPostgres.Variable}); the test is about SQLite and ran in the SQLite run.";
        }
    }
}

/// <summary>A test that needs a PostgreSQL server: skipped, with the reason, where none is configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.Server is null)
        {
            Skip = $"No PostgreSQL server: set {TestPostgres.Variable} to a connection string (.ci/run starts a private one).";
        }
    }
}

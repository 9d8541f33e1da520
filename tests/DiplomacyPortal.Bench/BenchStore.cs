namespace DiplomacyPortal.Bench;

/// <summary>
/// The store the measured portal and CLI use, as the settings they read: a SQLite file (DIPLOMACYPORTAL_DB) or a
/// PostgreSQL database (Database__Provider and ConnectionStrings__Portal, as docs/postgresql.md sets them).
/// </summary>
internal sealed record BenchStore(string Description, IReadOnlyDictionary<string, string> Environment)
{
    public static BenchStore Sqlite(string file) => new(file, new Dictionary<string, string> { ["DIPLOMACYPORTAL_DB"] = file });

    public static BenchStore Postgres(string connectionString) => new(
        "PostgreSQL", new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Portal"] = connectionString });
}

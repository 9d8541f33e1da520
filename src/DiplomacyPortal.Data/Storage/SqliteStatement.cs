using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// A statement prepared on the SQLite handle under a <see cref="SqliteConnection"/>, for the bulk import's inserts.
/// Microsoft.Data.Sqlite adds a reader, a statement enumerator, a parameter binder and an async wrapper to each
/// execution, paid some sixteen times an article (why and the measurements:
/// docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md). Values are stored
/// as Microsoft.Data.Sqlite stores them (a test compares the rows of both), so EF Core reads them back alike; only
/// the provider types in <see cref="CanBind"/> are taken, and any other keeps its inserter on Microsoft.Data.Sqlite.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _database = connection.Handle ?? throw new InvalidOperationException("The connection must be open to prepare a statement.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Whether a column whose values reach the provider as <paramref name="providerType"/> can be bound here.</summary>
    public static bool CanBind(Type providerType)
    {
        var type = Nullable.GetUnderlyingType(providerType) ?? providerType;
        return type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
            || type == typeof(bool) || type == typeof(double) || type == typeof(float) || type == typeof(byte[])
            || type == typeof(DateTime) || type == typeof(DateOnly);
    }

    /// <summary>Sets the value of the parameter at <paramref name="index"/> (0-based) for the next run.</summary>
    public void Bind(int index, object? value)
    {
        var position = index + 1;
        Check(value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text(_statement, position, text),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            short number => raw.sqlite3_bind_int64(_statement, position, number),
            byte number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double real => raw.sqlite3_bind_double(_statement, position, real),
            float real => raw.sqlite3_bind_double(_statement, position, real),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),

            // Microsoft.Data.Sqlite's text forms of dates and times.
            DateTime time => raw.sqlite3_bind_text(_statement, position, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            DateOnly date => raw.sqlite3_bind_text(_statement, position, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"A value of type {value.GetType().Name} cannot be bound here."),
        });
    }

    /// <summary>Runs the statement with the values bound; returns the first column of its first row, if it gives one (RETURNING).</summary>
    public long? Execute()
    {
        try
        {
            long? first = null;
            int result;
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                first ??= raw.sqlite3_column_int64(_statement, 0);
            }

            Check(result);
            return first;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>Throws SQLite's error as Microsoft.Data.Sqlite would, so callers recognise a constraint violation by its code.</summary>
    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(_database).utf8_to_string()}'.", result, raw.sqlite3_extended_errcode(_database));
        }
    }
}

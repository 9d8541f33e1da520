using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// A statement prepared once on the context's connection and transaction and run many times with new values.
/// Parameters carry their types, as PostgreSQL needs to prepare a statement before it sees a value. Names in the
/// SQL are double-quoted, which both SQLite and PostgreSQL read as identifiers. A bulk import's statements run once
/// per row, so preparing them once matters (docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md).
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly DbCommand _command;

    public PreparedCommand(PortalDbContext db, string sql, params (string Name, DbType Type)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(db);
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
#pragma warning disable CA2100 // constant SQL of the callers; values go in parameters
        _command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, type) in parameters)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            _command.Parameters.Add(parameter);
        }

        _command.Prepare();
    }

    public Task<int> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<DbDataReader> ReadAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return _command.ExecuteReaderAsync(cancellationToken);
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            // Times are stored without a zone (see PortalDbContext.ConfigureConventions; their parameters are DbType.DateTime2).
            _command.Parameters[i].Value = values[i] is DateTime time ? DateTime.SpecifyKind(time, DateTimeKind.Unspecified) : values[i] ?? DBNull.Value;
        }
    }
}

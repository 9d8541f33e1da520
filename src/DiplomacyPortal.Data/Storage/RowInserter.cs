using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// Inserts rows of one entity type with one prepared statement on the context's connection and transaction,
/// without change tracking. A bulk import writes tens of rows per article; EF Core's SaveChanges costs a
/// tracked entry and a statement build per row.
/// The statement is built from the EF Core model (table, columns, value conversions), so it follows the
/// entity's configuration and the provider's SQL, and a generated key comes back through RETURNING. On SQLite it runs
/// on SQLite's own handle (<see cref="SqliteStatement"/>) when every column's values can be bound there.
/// Why and the measurements: docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md.
/// </summary>
internal sealed class RowInserter<T> : IDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly SqliteStatement? _sqlite;
    private readonly List<(IProperty Property, DbParameter Parameter, Func<object?, object?> ToProvider)> _columns = [];
    private readonly IProperty? _generatedKey;

    public RowInserter(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        _generatedKey = entityType.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var names = new List<string>();
        var placeholders = new List<string>();
        var sqliteCanBindAll = _command.Connection is SqliteConnection;
        foreach (var property in entityType.GetProperties().Where(p => p != _generatedKey))
        {
            if (property.IsShadowProperty())
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is a shadow property; the inserter writes CLR properties only.");
            }

            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var name = $"p{_columns.Count}";
            var parameter = mapping.CreateParameter(_command, sql.GenerateParameterName(name), null, property.IsNullable);
            _command.Parameters.Add(parameter);
            var converter = mapping.Converter;
            sqliteCanBindAll &= SqliteStatement.CanBind(converter?.ProviderClrType ?? mapping.ClrType);
            _columns.Add((property, parameter, converter is null ? v => v : converter.ConvertToProvider));
            names.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
            placeholders.Add(sql.GenerateParameterNamePlaceholder(name));
        }

        var returning = _generatedKey is null ? string.Empty : $" RETURNING {sql.DelimitIdentifier(_generatedKey.GetColumnName(table)!)}";
#pragma warning disable CA2100 // built from the model's table and column names; every value is a parameter
        _command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) VALUES ({string.Join(", ", placeholders)}){returning}";
#pragma warning restore CA2100
        if (sqliteCanBindAll)
        {
            _sqlite = new SqliteStatement((SqliteConnection)_command.Connection!, _command.CommandText);
        }
        else
        {
            _command.Prepare();
        }
    }

    /// <summary>Whether the rows go through SQLite's own handle rather than Microsoft.Data.Sqlite or Npgsql.</summary>
    public bool BindsOnSqliteHandle => _sqlite is not null;

    /// <summary>Inserts one row; sets the entity's generated key, if it has one.</summary>
    public async Task InsertAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        cancellationToken.ThrowIfCancellationRequested();
        if (_sqlite is not null)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                _sqlite.Bind(i, ProviderValue(i, entity));
            }

            var key = _sqlite.Execute();
            if (_generatedKey is not null)
            {
                SetKey(entity, key);
            }

            return;
        }

        for (var i = 0; i < _columns.Count; i++)
        {
            _columns[i].Parameter.Value = ProviderValue(i, entity) ?? DBNull.Value;
        }

        if (_generatedKey is null)
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            SetKey(entity, await _command.ExecuteScalarAsync(cancellationToken));
        }
    }

    /// <summary>The value of a column for an entity, as the provider stores it (after the property's value conversion).</summary>
    private object? ProviderValue(int column, T entity)
    {
        var (property, _, toProvider) = _columns[column];
        var value = property.GetGetter().GetClrValue(entity);
        return value is null ? null : toProvider(value);
    }

    private void SetKey(T entity, object? key) =>
        _generatedKey!.PropertyInfo!.SetValue(entity, Convert.ChangeType(key, _generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Inserts rows in order.</summary>
    public async Task InsertAllAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            await InsertAsync(entity, cancellationToken);
        }
    }

    public void Dispose()
    {
        _sqlite?.Dispose();
        _command.Dispose();
    }
}

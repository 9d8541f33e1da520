using System.Data;
using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DiplomacyPortal.Data.Storage;

/// <summary>How many rows a table holds in the store copied from and in the copy.</summary>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool Matches => Source == Target;
}

/// <summary>
/// Copies a whole store into an empty one on another engine (SQLite to PostgreSQL): every table of the model,
/// raw files included, with their ids, so links, feeds and citations keep working. Tables go in the order
/// their foreign keys need; a key that points forward in that order (a source file's article) is filled in
/// after the rows it points to exist. The search index is built on the target from the copied articles,
/// and the copy is checked table by table.
/// </summary>
public static class StoreCopier
{
    private const int BatchSize = 1_000;

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>, which must be migrated and empty; returns the counts compared.</summary>
    public static async Task<IReadOnlyList<TableCount>> CopyAsync(Func<PortalDbContext> source, Func<PortalDbContext> target, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        await using var from = source();
        var tables = InCopyOrder(from.Model, out var forwardKeys);

        await using (var to = target())
        {
            // A migrated store holds the rows its migrations seed (the example web source) and nothing else; those are
            // replaced by the source store's own. Seed rows are known to the design-time model only.
            var designModel = to.GetService<IDesignTimeModel>().Model;
            var seeded = tables.ToDictionary(t => t.Name, t => designModel.FindEntityType(t.Name)?.GetSeedData().Count() ?? 0);
            foreach (var table in tables)
            {
                if (await CountAsync(to, table) is var rows && rows > seeded[table.Name])
                {
                    throw new InvalidOperationException($"The target store is not empty ({table.GetTableName()} holds {rows} rows): migrate-store copies into an empty database only, so nothing there is overwritten.");
                }
            }

            foreach (var table in tables.Where(t => seeded[t.Name] > 0))
            {
#pragma warning disable EF1002 // a table name from the model, no user input
                await to.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table.GetTableName()}\"", cancellationToken);
#pragma warning restore EF1002
            }
        }

        foreach (var table in tables)
        {
            progress?.Report($"copying {table.GetTableName()}");
            await CopyTableAsync(from, target, table, forwardKeys.Where(k => k.DeclaringType == table).ToList(), cancellationToken);
        }

        await using (var to = target())
        {
            await using var transaction = await to.Database.BeginTransactionAsync(cancellationToken);
            foreach (var key in forwardKeys)
            {
                progress?.Report($"linking {key.DeclaringType.ContainingEntityType.GetTableName()}.{key.GetColumnName()}");
                await FillForwardKeyAsync(from, to, key, cancellationToken);
            }

            progress?.Report("building the search index");
            await SearchIndex.RebuildAllAsync(to, cancellationToken);
            await StoreDialect.For(to).ContinueIdentitiesAsync(to, tables, cancellationToken);

            await transaction.CommitAsync(cancellationToken);
        }

        await using var check = target();
        var counts = new List<TableCount>();
        foreach (var table in tables)
        {
            counts.Add(new TableCount(table.GetTableName()!, await CountAsync(from, table), await CountAsync(check, table)));
        }

        counts.Add(new TableCount("ArticleSearch", await from.Articles.LongCountAsync(cancellationToken), await SearchIndex.RowCountAsync(check, cancellationToken)));
        return counts;
    }

    /// <summary>
    /// The model's tables, each after the tables its required foreign keys point to. A nullable key that points
    /// to a table written later, or to its own table, is returned in <paramref name="forwardKeys"/>: its rows are
    /// written without it first, and it is filled in once every row exists.
    /// </summary>
    private static List<IEntityType> InCopyOrder(IModel model, out List<IProperty> forwardKeys)
    {
        var tables = model.GetEntityTypes().Where(t => t.GetTableName() is not null && t.FindPrimaryKey() is not null && !t.IsOwned()).OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        void Visit(IEntityType table, HashSet<IEntityType> path)
        {
            if (ordered.Contains(table))
            {
                return;
            }

            if (!path.Add(table))
            {
                throw new InvalidOperationException($"The required foreign keys of {table.GetTableName()} form a cycle; such rows cannot be copied.");
            }

            foreach (var key in table.GetForeignKeys().Where(k => k.IsRequired && k.PrincipalEntityType != table))
            {
                Visit(key.PrincipalEntityType, path);
            }

            path.Remove(table);
            ordered.Add(table);
        }

        tables.ForEach(table => Visit(table, []));
        forwardKeys = ordered
            .SelectMany(table => table.GetForeignKeys().Where(k => !k.IsRequired && ordered.IndexOf(k.PrincipalEntityType) >= ordered.IndexOf(table)))
            .SelectMany(k => k.Properties)
            .ToList();
        return ordered;
    }

    private static Task<long> CountAsync(PortalDbContext db, IEntityType table) => (Task<long>)ForTable(nameof(CountOfAsync), table, db);

    private static Task<long> CountOfAsync<T>(PortalDbContext db)
        where T : class => db.Set<T>().LongCountAsync();

    private static Task CopyTableAsync(PortalDbContext from, Func<PortalDbContext> target, IEntityType table, List<IProperty> forwardKeys, CancellationToken cancellationToken) =>
        (Task)ForTable(nameof(CopyRowsAsync), table, from, target, forwardKeys, cancellationToken);

    /// <summary>Calls one of this class's generic methods with the table's entity type: DbSet queries need the type at compile time.</summary>
    private static object ForTable(string method, IEntityType table, params object[] arguments) =>
        typeof(StoreCopier).GetMethod(method, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(table.ClrType).Invoke(null, arguments)!;

    /// <summary>Streams a table from the source and writes it in batches, ids included, each batch in a context of its own.</summary>
    private static async Task CopyRowsAsync<T>(PortalDbContext from, Func<PortalDbContext> target, List<IProperty> forwardKeys, CancellationToken cancellationToken)
        where T : class
    {
        var batch = new List<T>(BatchSize);
        async Task WriteAsync()
        {
            await using var to = target();
            to.ChangeTracker.AutoDetectChangesEnabled = false;
            to.Set<T>().AddRange(batch);
            await to.SaveChangesAsync(cancellationToken);
            batch.Clear();
        }

        await foreach (var row in from.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var key in forwardKeys)
            {
                key.PropertyInfo!.SetValue(row, null);
            }

            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                await WriteAsync();
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync();
        }
    }

    /// <summary>Sets a forward key on the copied rows from the source's values.</summary>
    private static async Task FillForwardKeyAsync(PortalDbContext from, PortalDbContext to, IProperty key, CancellationToken cancellationToken)
    {
        var table = (IEntityType)key.DeclaringType;
        var id = table.FindPrimaryKey()!.Properties.Single();
        if (key.ClrType != typeof(int?) || (id.ClrType != typeof(int) && id.ClrType != typeof(long)))
        {
            throw new NotSupportedException($"{table.GetTableName()}.{key.Name} points forward in the copy order and is not an integer id; give StoreCopier a way to fill it in.");
        }

        var identifier = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
        using var update = new PreparedCommand(to,
            $"UPDATE \"{table.GetTableName()}\" SET \"{key.GetColumnName(identifier)}\" = @value WHERE \"{id.GetColumnName(identifier)}\" = @id",
            ("@value", DbType.Int32), ("@id", DbType.Int64));
        var sourceIdentifier = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
#pragma warning disable EF1002 // names from the model, no user input
        var pairs = from.Database.SqlQueryRaw<ForwardKeyValue>(
            $"SELECT CAST(\"{id.GetColumnName(sourceIdentifier)}\" AS BIGINT) AS \"Id\", \"{key.GetColumnName(sourceIdentifier)}\" AS \"Value\" FROM \"{table.GetTableName()}\" WHERE \"{key.GetColumnName(sourceIdentifier)}\" IS NOT NULL");
#pragma warning restore EF1002
        await foreach (var pair in pairs.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await update.ExecuteAsync(cancellationToken, pair.Value, pair.Id);
        }
    }

    private sealed record ForwardKeyValue(long Id, int Value);
}

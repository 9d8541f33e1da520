using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DiplomacyPortal.Data.Storage;

/// <summary>The server engine, for portals that outgrow one machine (docs/postgresql.md). Its autovacuum keeps statistics itself.</summary>
internal sealed class PostgresDialect : StoreDialect
{
    internal override SearchEngine Search => SearchEngine.Postgres;

    public override bool CanDeferIndexes => false;

    /// <summary>PostgreSQL sorts NULL first in a descending order, so undated rows are put last explicitly.</summary>
    public override IOrderedQueryable<T> NewestFirst<T>(IQueryable<T> rows) =>
        rows.OrderBy(r => r.Date == null).ThenByDescending(r => r.Date).ThenByDescending(r => r.Id);

    /// <summary>
    /// Times are UTC by convention and dates are midnight, stored without a zone as SQLite stores them. Npgsql refuses a
    /// DateTime marked UTC for such a column, so the mark is dropped on the way in; values read back are unmarked on both
    /// engines.
    /// </summary>
    public override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTime>().HaveColumnType("timestamp without time zone").HaveConversion<UnmarkedDateTimeConverter>();

    /// <summary>Moves each identity column's sequence past the copied ids, so the next row inserted gets a new one.</summary>
    public override async Task ContinueIdentitiesAsync(PortalDbContext db, IEnumerable<IEntityType> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            if (table.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd, ClrType: var type } id] && (type == typeof(int) || type == typeof(long)))
            {
                var name = table.GetTableName()!;
                var column = id.GetColumnName(StoreObjectIdentifier.Table(name, table.GetSchema()));
#pragma warning disable EF1002 // names from the model, no user input
                await db.Database.ExecuteSqlRawAsync(
                    $"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{name}\"), 0) + 1, false)",
                    cancellationToken);
#pragma warning restore EF1002
            }
        }
    }

    private sealed class UnmarkedDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Unspecified),
        value => value);
}

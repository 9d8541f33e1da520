using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// Everything that differs between the two engines the store runs on, SQLite and PostgreSQL, in one place: queries and
/// start-up ask the dialect instead of testing the provider themselves.
/// </summary>
public abstract class StoreDialect
{
    public static readonly StoreDialect Sqlite = new SqliteDialect();
    public static readonly StoreDialect Postgres = new PostgresDialect();

    public static StoreDialect For(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? Postgres : Sqlite;
    }

    /// <summary>How this engine indexes and matches the full text.</summary>
    internal abstract SearchEngine Search { get; }

    /// <summary>Whether a bulk import may drop the big indexes and build them at its end (<see cref="DeferredIndexes"/>).</summary>
    public abstract bool CanDeferIndexes { get; }

    /// <summary>Newest first; rows with no known date after the dated ones, newest stored first.</summary>
    public abstract IOrderedQueryable<T> NewestFirst<T>(IQueryable<T> rows)
        where T : class, IDatedPairRow;

    /// <summary>Column types and conversions the engine needs for the model.</summary>
    public virtual void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
    }

    /// <summary>Settings kept in the store itself, applied at every start.</summary>
    public virtual Task PrepareStoreAsync(PortalDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Refreshes the statistics the query planner relies on, where the engine does not do it by itself.</summary>
    public virtual Task RefreshStatisticsAsync(PortalDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Lets a bulk import's connection write more before the engine copies its log into the store.</summary>
    public virtual Task UseImportLogAsync(PortalDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Copies what a bulk import left in the engine's log into the store, as far as readers allow.</summary>
    public virtual Task CheckpointAsync(PortalDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Moves identity sequences past the ids a copy wrote explicitly, where the engine keeps them apart from the rows.</summary>
    public virtual Task ContinueIdentitiesAsync(PortalDbContext db, IEnumerable<IEntityType> tables, CancellationToken cancellationToken) => Task.CompletedTask;
}

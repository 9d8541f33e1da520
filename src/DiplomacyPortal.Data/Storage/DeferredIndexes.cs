using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// Lets a bulk import into SQLite leave out the indexes it does not read by, and build each of them once at its end.
/// Every article inserted changes a page of each index at a place of its own (its date, its pair, its type, its
/// officials, its related items' headlines), so a batch scatters its writes over thousands of pages, each written to
/// the WAL and copied into the file; building an index from the finished table sorts it once.
/// Why and the measurements: docs/decisions/0002-deferred-indexes-for-bulk-imports.md.
/// <para>
/// The definitions of the dropped indexes are kept in the store (table <c>DeferredIndexes</c>), in the transaction
/// that drops them, so an import stopped in any way leaves them to <see cref="RestoreAsync"/>: at its own end, or at
/// the next start of the portal or the CLI (<see cref="StoreInitializer.RunAsync"/>, before any migration). The
/// portal reads correctly meanwhile, more slowly. PostgreSQL keeps its indexes: nothing is deferred there.
/// </para>
/// </summary>
public static class DeferredIndexes
{
    /// <summary>
    /// The indexes a bulk import does not read by and would change at scattered places: the browsing lists' (pair,
    /// type, date, country, official), the meetings dataset's filters and its participants' countries, and the related
    /// items' headline keys and links (a bulk import links stored items to its new articles once, at its end). Those it
    /// reads by (hashes, articles' headline keys, a meeting's pair and date) and every unique index stay, and so do
    /// those it only appends to (a photo's article, a file's status, the time of the last change, the hidden articles):
    /// they cost a few pages a batch, and building one again reads its whole table. A test checks that each name is an
    /// index of the model.
    /// </summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "IX_Articles_Pair_Date_IsHidden_MeetingType_Year_Month",
        "IX_Articles_MeetingType_Date_IsHidden_Pair_Year_Month",
        "IX_Articles_Year_Month_Day_IsHidden",
        "IX_Articles_Year_Date_IsHidden_Pair_MeetingType",
        "IX_Articles_Date",
        "IX_ArticleOfficials_OfficialId_ArticleId_Date_Year_Month_Title",
        "IX_ArticleOfficials_Pair_OfficialId_ArticleId",
        "IX_ArticleCountries_CountryCode_InPair_ArticleId",
        "IX_RelatedItems_HeadlineKey",
        "IX_RelatedItems_LinkedArticleId",
        "IX_Meetings_Date",
        "IX_Meetings_Type_Pair",
        "IX_Meetings_Year_Month",
        "IX_MeetingParticipants_OfficialId_MeetingId",
        "IX_MeetingParticipants_MeetingId_OfficialId_CountryCode",
    ];

    /// <summary>
    /// Fewest files for which leaving the indexes out pays: building them reads every row once. A judgement, not a
    /// measured break-even (docs/decisions/0002-deferred-indexes-for-bulk-imports.md).
    /// </summary>
    public const int MinimumFiles = 10_000;

    private const string Table = "DeferredIndexes";

    /// <summary>
    /// Whether an import of <paramref name="expectedFiles"/> into a store of <paramref name="storedArticles"/> should
    /// defer the indexes: a large import, and large against the store, whose rows the rebuild reads again.
    /// </summary>
    public static bool IsWorthwhile(int expectedFiles, int storedArticles) =>
        expectedFiles >= MinimumFiles && expectedFiles * 4L >= storedArticles;

    /// <summary>
    /// Drops the indexes of <see cref="Names"/>, keeping each one's definition in the store, in one transaction. An
    /// index already deferred (by another import running) is left as it is. Does nothing on PostgreSQL.
    /// </summary>
    public static async Task DeferAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!StoreDialect.For(db).CanDeferIndexes)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"CREATE TABLE IF NOT EXISTS \"{Table}\" (\"Name\" TEXT PRIMARY KEY, \"Sql\" TEXT NOT NULL)", cancellationToken);
        foreach (var name in Names)
        {
            var definition = await DefinitionAsync(db, name, cancellationToken);
            if (definition is null)
            {
                continue;
            }

            await db.Database.ExecuteSqlAsync($"INSERT OR REPLACE INTO \"DeferredIndexes\" (\"Name\", \"Sql\") VALUES ({name}, {definition})", cancellationToken);
#pragma warning disable EF1002 // a name from the constant list above
            await db.Database.ExecuteSqlRawAsync($"DROP INDEX \"{name}\"", cancellationToken);
#pragma warning restore EF1002
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Builds again every index a bulk import deferred, in one transaction, and lets SQLite refresh its statistics as
    /// start-up does; the number of indexes built. Does nothing when none is deferred, or on PostgreSQL.
    /// </summary>
    public static async Task<int> RestoreAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!StoreDialect.For(db).CanDeferIndexes || !await ExistsAsync(db, "table", Table, cancellationToken))
        {
            return 0;
        }

        var deferred = await db.Database.SqlQueryRaw<DeferredIndex>($"SELECT \"Name\", \"Sql\" FROM \"{Table}\" ORDER BY \"Name\"").ToListAsync(cancellationToken);
        if (deferred.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var index in deferred)
        {
            if (!await ExistsAsync(db, "index", index.Name, cancellationToken))
            {
#pragma warning disable EF1002 // the definition SQLite itself gave when the index was dropped
                await db.Database.ExecuteSqlRawAsync(index.Sql, cancellationToken);
#pragma warning restore EF1002
            }
        }

        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{Table}\"", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        return deferred.Count;
    }

    /// <summary>A row of the table <c>DeferredIndexes</c>: an index left out, and the SQL that builds it again.</summary>
    private sealed class DeferredIndex
    {
        public required string Name { get; init; }

        public required string Sql { get; init; }
    }

    private static Task<string?> DefinitionAsync(PortalDbContext db, string index, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string?>($"SELECT \"sql\" AS \"Value\" FROM sqlite_master WHERE \"type\" = 'index' AND \"name\" = {index}").SingleOrDefaultAsync(cancellationToken);

    private static Task<bool> ExistsAsync(PortalDbContext db, string type, string name, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM sqlite_master WHERE \"type\" = {type} AND \"name\" = {name}").AnyAsync(cancellationToken);
}

using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Data.Storage;

/// <summary>Recognises the store's errors that a writer answers rather than fails on.</summary>
internal static class StoreErrors
{
    /// <summary>
    /// A unique index or primary key refused a row: another writer stored the same file, article, lease or source
    /// first. EF Core wraps the provider's error in a DbUpdateException; a prepared statement throws it bare. Other
    /// broken constraints (a missing parent row, a NULL) are bugs and are not recognised here.
    /// </summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY; SQLSTATE 23505 is PostgreSQL's unique_violation.
            if (e is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } || e is DbException { SqlState: "23505" })
            {
                return true;
            }
        }

        return false;
    }
}

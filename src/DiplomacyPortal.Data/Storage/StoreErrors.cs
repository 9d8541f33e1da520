using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DiplomacyPortal.Data.Storage;

/// <summary>Recognises the store's errors that an import answers rather than fails on.</summary>
internal static class StoreErrors
{
    /// <summary>
    /// A unique index refused a row: another writer stored the same file or article first. EF Core wraps the
    /// provider's error in a DbUpdateException; a prepared statement throws it bare.
    /// </summary>
    public static bool IsConstraintViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // SQLITE_CONSTRAINT; SQLSTATE 23505 is PostgreSQL's unique_violation.
            if (e is SqliteException { SqliteErrorCode: 19 } || e is DbException { SqlState: "23505" })
            {
                return true;
            }
        }

        return false;
    }
}

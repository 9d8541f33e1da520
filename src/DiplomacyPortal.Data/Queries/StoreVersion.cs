using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>
/// A version of the whole store: every change (an import, a correction, hiding) sets some article's UpdatedAt, so
/// the newest UpdatedAt and the number of articles change whenever anything a reader sees does.
/// </summary>
public sealed record StoreVersion(DateTime LastModifiedUtc, int Articles)
{
    public static async Task<StoreVersion> ReadAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = await db.Articles.MaxAsync(a => (DateTime?)a.UpdatedAt, cancellationToken);
        var count = await db.Articles.CountAsync(cancellationToken);
        return new StoreVersion(DateTime.SpecifyKind(last ?? DateTime.UnixEpoch, DateTimeKind.Utc), count);
    }
}

using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Jobs;

/// <summary>
/// Leases in the store (<see cref="ServiceLease"/>) that let one process at a time run a job, however many portals share
/// the store: taking one is a single conditional update (or the first insert), so two processes cannot both succeed.
/// </summary>
public sealed class ServiceLeases(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>This holder: host name, process id, and a mark of its own, so that two services in one process are two holders.</summary>
    public string Holder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Takes or renews the lease <paramref name="name"/> for <paramref name="duration"/>; false while another holder's lease runs.</summary>
    public async Task<bool> TryTakeAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + duration;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.ServiceLeases
            .Where(l => l.Name == name && (l.Holder == Holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, Holder).SetProperty(x => x.ExpiresAt, expires), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.ServiceLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        db.ServiceLeases.Add(new ServiceLease { Name = name, Holder = Holder, ExpiresAt = expires });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            // Another process inserted it first.
            return false;
        }
    }

    /// <summary>Gives the lease up, if this process holds it, so that another may take it at once.</summary>
    public async Task ReleaseAsync(string name, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ServiceLeases.Where(l => l.Name == name && l.Holder == Holder)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.ExpiresAt, now), cancellationToken);
    }
}

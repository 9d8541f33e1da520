namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// A job only one process may run at a time (polling the web sources), held by one process until it expires: several
/// portals on one store take turns, and one that dies is taken over once its lease runs out.
/// </summary>
public sealed class ServiceLease
{
    public required string Name { get; set; }

    /// <summary>Who holds it: host name, process id and a mark of the holding service (<see cref="Jobs.ServiceLeases.Holder"/>).</summary>
    public required string Holder { get; set; }

    public DateTime ExpiresAt { get; set; }
}

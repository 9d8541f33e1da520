namespace DiplomacyPortal.Web.Startup;

/// <summary>The portal's settings (section "Portal").</summary>
public sealed class PortalOptions
{
    /// <summary>Folder of sample articles imported into an empty store; found by looking upwards for "seeds" when empty.</summary>
    public string SeedFolder { get; set; } = string.Empty;

    /// <summary>Whether an empty store is filled with the sample articles on start-up.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>
    /// How long a page answered to an anonymous reader is served again from memory (0: not at all). News pages
    /// change when articles come in, not from one request to the next; signed-in editors always see the store.
    /// </summary>
    public int PageCacheSeconds { get; set; } = 10;

    /// <summary>
    /// The memory all of the portal's SQLite connections may use together for their page caches, in megabytes
    /// (docs/decisions/0006-web-server-memory.md).
    /// </summary>
    public int SqliteMemoryMegabytes { get; set; } = 64;
}

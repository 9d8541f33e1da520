namespace DiplomacyPortal.Web.Infrastructure;

/// <summary>The portal's settings (section "Portal").</summary>
public sealed class PortalOptions
{
    /// <summary>Folder of sample articles imported into an empty store; found by looking upwards for "seeds" when empty.</summary>
    public string SeedFolder { get; set; } = string.Empty;

    /// <summary>Whether an empty store is filled with the sample articles on start-up.</summary>
    public bool SeedWhenEmpty { get; set; } = true;
}

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>The inbox's settings (section "Ingestion").</summary>
public sealed class IngestionOptions
{
    /// <summary>Whether the portal (and `diplomacy watch`) watch the inbox.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The inbox folder; a relative path is under the store's folder. Default: "inbox" beside the store.</summary>
    public string Inbox { get; set; } = "inbox";

    /// <summary>How long a file's size and time must stay unchanged before it is taken as written whole.</summary>
    public double SettleSeconds { get; set; } = 2;

    /// <summary>How often the folder is looked at even without a file-system event (watchers miss events on some file systems).</summary>
    public double RescanSeconds { get; set; } = 30;
}

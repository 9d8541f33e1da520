namespace DiplomacyPortal.Web.Operations;

/// <summary>Scheduled backups of a SQLite store (section "Backup"); off unless <see cref="Every"/> is set.</summary>
public sealed class BackupOptions
{
    /// <summary>How often a backup is made, e.g. "1.00:00:00" for daily; empty: no scheduled backups.</summary>
    public TimeSpan? Every { get; set; }

    /// <summary>How many of the newest backups are kept; older ones are deleted after each new one is checked.</summary>
    public int Keep { get; set; } = 7;

    /// <summary>Where backups go; relative paths are under the store's folder. Default: "backups" beside the store.</summary>
    public string Folder { get; set; } = "backups";

    /// <summary>The shortest interval accepted: a backup copies the whole store.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);
}

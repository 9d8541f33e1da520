namespace DiplomacyPortal.Data.Entities;

/// <summary>One change an editor made to an article: who, when, which field, the value before and after.</summary>
public sealed class AuditEntry
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>One of <see cref="OverrideFields"/>, or "hidden".</summary>
    public required string Field { get; set; }

    /// <summary>The value before the change, as shown to people.</summary>
    public string? OldValue { get; set; }

    /// <summary>The value after the change, as shown to people.</summary>
    public string? NewValue { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedAt { get; set; }
}

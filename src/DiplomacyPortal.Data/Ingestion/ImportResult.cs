namespace DiplomacyPortal.Data.Ingestion;

/// <summary>What became of one file.</summary>
public enum ImportOutcome
{
    Imported,
    Duplicate,
    Failed,

    /// <summary>A web page that had not changed since it was last fetched: nothing new was stored.</summary>
    Unchanged,

    /// <summary>A changed version of a stored web page: its article was derived again from it, corrections kept.</summary>
    Updated,
}

/// <summary>The per-file result of an import: imported as #id, duplicate of #id, or failed with a reason in plain words.</summary>
public sealed record ImportResult(
    string FileName,
    ImportOutcome Outcome,
    int? ArticleId,
    int? SourceFileId,
    string? Headline,
    string? Reason,
    IReadOnlyList<string> Warnings)
{
    /// <summary>One line for a log or a terminal.</summary>
    public override string ToString() => Outcome switch
    {
        ImportOutcome.Imported => $"{FileName}: imported as #{ArticleId}",
        ImportOutcome.Duplicate => $"{FileName}: duplicate of #{ArticleId}",
        ImportOutcome.Unchanged => $"{FileName}: unchanged since it was last fetched",
        ImportOutcome.Updated => $"{FileName}: new version of #{ArticleId}",
        _ => $"{FileName}: failed: {Reason}",
    };
}

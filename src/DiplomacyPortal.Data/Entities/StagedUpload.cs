namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// A file an editor uploaded and is previewing, kept in the store (not in one web server's memory) until the
/// editor imports or drops it, so that the preview and the import may be served by different processes.
/// </summary>
public sealed class StagedUpload
{
    public int Id { get; set; }

    /// <summary>The upload the file came in; the preview and the import name it.</summary>
    public Guid BatchId { get; set; }

    /// <summary>The editor who uploaded it: only they may import it.</summary>
    public required string UploadedBy { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>For a page fetched from an address the editor gave: where it came from (<see cref="Ingestion.PageOrigin"/> as JSON), kept with the file once imported.</summary>
    public string? Origin { get; set; }
}

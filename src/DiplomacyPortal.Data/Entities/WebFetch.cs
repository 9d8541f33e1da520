namespace DiplomacyPortal.Data.Entities;

/// <summary>One request the poller or a person made to the web, and what came of it: the log editors read.</summary>
public sealed class WebFetch
{
    public long Id { get; set; }

    /// <summary>The source whose poll made it; null for a page someone asked for.</summary>
    public int? WebSourceId { get; set; }

    public required string Url { get; set; }

    public DateTime At { get; set; }

    /// <summary>The HTTP status; 0 when there was no answer.</summary>
    public int HttpStatus { get; set; }

    /// <summary>listed, imported, duplicate, unchanged, not-modified or failed.</summary>
    public required string Outcome { get; set; }

    public string? Message { get; set; }

    public int? ArticleId { get; set; }
}

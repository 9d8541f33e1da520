namespace DiplomacyPortal.Data.Entities;

/// <summary>A feed (RSS, Atom) or sitemap the portal polls for new article pages.</summary>
public sealed class WebSource
{
    public int Id { get; set; }

    public required string Url { get; set; }

    /// <summary>rss, atom, sitemap or sitemap-index, as its last poll found; null before the first.</summary>
    public string? Kind { get; set; }

    /// <summary>How often it is polled.</summary>
    public int PollMinutes { get; set; } = 60;

    /// <summary>A paused source is not polled until an editor resumes it.</summary>
    public bool IsPaused { get; set; }

    public DateTime AddedAt { get; set; }

    public required string AddedBy { get; set; }

    public DateTime? LastPolledAt { get; set; }

    /// <summary>When it is due; null means now.</summary>
    public DateTime? NextPollAt { get; set; }

    /// <summary>The listing's validators, for a conditional request at the next poll.</summary>
    public string? ETag { get; set; }

    public DateTime? LastModified { get; set; }

    /// <summary>Polls that failed since the last that succeeded.</summary>
    public int FailuresInARow { get; set; }

    public string? LastError { get; set; }
}

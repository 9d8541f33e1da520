namespace DiplomacyPortal.Data.Entities;

/// <summary>What became of a received file.</summary>
public enum SourceFileStatus
{
    /// <summary>Parsed and stored as an article.</summary>
    Imported,

    /// <summary>Another file already gave the same article (same text in another encoding or width).</summary>
    Duplicate,

    /// <summary>Could not be decoded or parsed; kept with the reason, for a retry after a parser fix.</summary>
    Failed,

    /// <summary>An earlier version of a web page: its article now comes from a later fetch of the page. Kept as received.</summary>
    Superseded,
}

/// <summary>A file exactly as received. Every file is kept, whatever became of it.</summary>
public sealed class SourceFile
{
    public int Id { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex; the same bytes are one file.</summary>
    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public long Size { get; set; }

    /// <summary>The encoding found (utf-8, gb18030…), or null when the bytes could not be decoded.</summary>
    public string? Encoding { get; set; }

    /// <summary>When it arrived, UTC.</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>Who sent it: an editor's name, "cli", "seed".</summary>
    public required string ReceivedBy { get; set; }

    /// <summary>The parser version that last read it.</summary>
    public required string ParserVersion { get; set; }

    public SourceFileStatus Status { get; set; }

    /// <summary>Why it failed, in plain words.</summary>
    public string? Error { get; set; }

    /// <summary>The article it gave, or the article it duplicates.</summary>
    public int? ArticleId { get; set; }

    public Article? Article { get; set; }

    // For a page fetched from the web: where it was fetched, what the server answered and its validators for the next
    // conditional request. All null for a file someone gave.

    /// <summary>The address the page was fetched from, as a feed, a sitemap or a person gave it.</summary>
    public string? FetchedFrom { get; set; }

    /// <summary>Where the redirects ended.</summary>
    public string? FinalUrl { get; set; }

    /// <summary>The address the page names as its own (link rel=canonical, og:url), else the final address.</summary>
    public string? CanonicalUrl { get; set; }

    public int? HttpStatus { get; set; }

    /// <summary>When it was fetched, or last found unchanged by a conditional request, UTC.</summary>
    public DateTime? FetchedAt { get; set; }

    public string? ETag { get; set; }

    /// <summary>The server's Last-Modified, UTC.</summary>
    public DateTime? LastModified { get; set; }
}

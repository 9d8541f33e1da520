using System.Text.Json;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Where a file fetched from the web came from, kept with its raw bytes: the address asked for, the one the redirects
/// ended at, the page's own canonical address, the server's status, the time, and the validators for the next
/// conditional request.
/// </summary>
public sealed record PageOrigin(string FetchedFrom, string FinalUrl, string CanonicalUrl, int HttpStatus, DateTime FetchedAt, string? ETag, DateTime? LastModified)
{
    /// <summary>As kept with a staged upload until the editor imports it.</summary>
    public static string? ToJson(PageOrigin? origin) => origin is null ? null : JsonSerializer.Serialize(origin);

    public static PageOrigin? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<PageOrigin>(json);
}

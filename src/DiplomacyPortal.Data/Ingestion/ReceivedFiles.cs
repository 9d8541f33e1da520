using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Data.Entities;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>The row that keeps a received file as it came, the same for a batch import and a new version of a web page.</summary>
internal static class ReceivedFiles
{
    public static SourceFile Row(IncomingFile file, string sha256, string? encoding, string? error, SourceFileStatus status, string receivedBy, DateTime now) => new()
    {
        Sha256 = sha256,
        FileName = Path.GetFileName(file.Name),
        Content = file.Content,
        Size = file.Content.Length,
        Encoding = encoding,
        ReceivedAt = now,
        ReceivedBy = receivedBy,
        ParserVersion = ArticleParser.Version,
        Status = status,
        Error = error,
        FetchedFrom = file.Origin?.FetchedFrom,
        FinalUrl = file.Origin?.FinalUrl,
        CanonicalUrl = file.Origin?.CanonicalUrl,
        HttpStatus = file.Origin?.HttpStatus,
        FetchedAt = file.Origin?.FetchedAt,
        ETag = file.Origin?.ETag,
        LastModified = file.Origin?.LastModified,
    };
}

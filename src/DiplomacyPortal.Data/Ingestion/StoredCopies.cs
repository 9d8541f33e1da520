using System.Data;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>A stored file with the same bytes as an incoming one.</summary>
internal sealed record StoredFile(int Id, int? ArticleId, SourceFileStatus Status, string? Error);

/// <summary>
/// What the store already holds of a batch's files: the file with the same bytes, the article with the same text. One
/// prepared seek per file on the unique indexes, cheaper than one query over a list of hashes, whose cost is in
/// building and binding the list (docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md).
/// </summary>
internal sealed class StoredCopies(PortalDbContext db) : IDisposable
{
    private readonly PreparedCommand _file = new(db, "SELECT \"Id\", \"ArticleId\", \"Status\", \"Error\" FROM \"SourceFiles\" WHERE \"Sha256\" = @sha", ("@sha", DbType.String));
    private readonly PreparedCommand _article = new(db, "SELECT \"Id\" FROM \"Articles\" WHERE \"ContentHash\" = @hash", ("@hash", DbType.String));

    /// <summary>The stored files among <paramref name="sha256s"/>, by hash.</summary>
    public async Task<Dictionary<string, StoredFile>> FilesAsync(IEnumerable<string> sha256s, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        foreach (var sha in sha256s.Distinct())
        {
            await using var reader = await _file.ReadAsync(cancellationToken, sha);
            if (await reader.ReadAsync(cancellationToken))
            {
                found[sha] = new StoredFile(
                    reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), Enum.Parse<SourceFileStatus>(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3));
            }
        }

        return found;
    }

    /// <summary>The ids of the stored articles among <paramref name="contentHashes"/>, by hash.</summary>
    public async Task<Dictionary<string, int>> ArticlesAsync(IEnumerable<string> contentHashes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hash in contentHashes.Distinct())
        {
            await using var reader = await _article.ReadAsync(cancellationToken, hash);
            if (await reader.ReadAsync(cancellationToken))
            {
                found[hash] = reader.GetInt32(0);
            }
        }

        return found;
    }

    public void Dispose()
    {
        _file.Dispose();
        _article.Dispose();
    }
}

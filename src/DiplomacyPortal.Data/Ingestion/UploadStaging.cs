using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>What the upload preview shows of one file before the editor imports it.</summary>
public sealed record UploadPreview(
    int StagedId,
    string FileName,
    string? Encoding,
    string? Headline,
    int? Year,
    int? Month,
    int? Day,
    string DatePrecision,
    string? Pair,
    IReadOnlyList<string> Officials,
    string? MeetingType,
    int RelatedCount,
    IReadOnlyList<string> Warnings,
    int? DuplicateOf,
    string? Error);

/// <summary>
/// The two steps of an upload: the files are kept in the store and previewed (parsed, not imported), then
/// the ones the editor keeps are imported through the ingestion service and the rest dropped.
/// </summary>
public sealed class UploadStaging(Func<PortalDbContext> createContext, ArticleFileReader reader, ArticleIngestor ingestor, TimeProvider clock)
{
    /// <summary>How long a preview waits for its import before its files are dropped.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(1);

    /// <summary>Keeps the files of one upload for its preview; returns the upload's id.</summary>
    public async Task<Guid> StageAsync(IReadOnlyList<IncomingFile> files, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var batch = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = createContext();
        var expired = now - Expiry;
        await db.StagedUploads.Where(u => u.UploadedAt < expired).ExecuteDeleteAsync(cancellationToken);
        db.StagedUploads.AddRange(files.Select(f => new StagedUpload { BatchId = batch, UploadedBy = editor, FileName = f.Name, Content = f.Content, UploadedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    /// <summary>Parses the files of an upload and says what importing each would give; empty when the upload is unknown or not the editor's.</summary>
    public async Task<List<UploadPreview>> PreviewAsync(Guid batch, string editor, CancellationToken cancellationToken = default)
    {
        await using var db = createContext();
        var staged = await db.StagedUploads.AsNoTracking().Where(u => u.BatchId == batch && u.UploadedBy == editor).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        var reads = staged.Select(s =>
        {
            var read = reader.Read(s.Content, s.FileName);
            return (Staged: s, Read: read, Sha: Hashing.Sha256Hex(s.Content), TextHash: read.Succeeded ? ArticleMapper.ContentHash(read.Decoded!.Text) : null);
        }).ToList();
        var shas = reads.Select(r => r.Sha).ToList();
        var byBytes = await db.SourceFiles.AsNoTracking().Where(f => shas.Contains(f.Sha256) && f.ArticleId != null)
            .Select(f => new { f.Sha256, f.ArticleId }).ToDictionaryAsync(f => f.Sha256, f => f.ArticleId!.Value, cancellationToken);
        var hashes = reads.Select(r => r.TextHash).OfType<string>().ToList();
        var byText = await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash))
            .Select(a => new { a.ContentHash, a.Id }).ToDictionaryAsync(a => a.ContentHash, a => a.Id, cancellationToken);

        return reads.Select(r =>
        {
            var (staged1, read, sha, textHash) = r;
            int? duplicateOf = byBytes.TryGetValue(sha, out var id) ? id
                : textHash is not null && byText.TryGetValue(textHash, out var textId) ? textId : null;
            var date = read.Analysis?.Date;
            return new UploadPreview(
                staged1.Id,
                staged1.FileName,
                read.Decoded?.EncodingName,
                read.Article?.Headline,
                date?.Year,
                date?.Month,
                date?.Day,
                date is null ? "unknown" : System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(date.Precision.ToString()),
                read.Analysis?.Pair?.ToString(),
                read.Analysis?.Officials.Select(o => o.Title is null ? o.Name : $"{o.Title} {o.Name}").ToList() ?? [],
                read.Analysis?.MeetingType?.Type,
                read.Article?.Related.Count ?? 0,
                read.Warnings,
                duplicateOf,
                read.Error);
        }).ToList();
    }

    /// <summary>
    /// Imports the files of an upload the editor kept and drops the whole upload from the staging area.
    /// Returns one result per kept file; empty when the upload is unknown (imported already, or expired).
    /// </summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(Guid batch, string editor, IReadOnlyCollection<int> keep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keep);
        List<StagedUpload> staged;
        await using (var db = createContext())
        {
            staged = await db.StagedUploads.AsNoTracking().Where(u => u.BatchId == batch && u.UploadedBy == editor && keep.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        }

        var results = staged.Count == 0 ? [] : await ingestor.ImportBatchAsync(staged.Select(s => new IncomingFile(s.FileName, s.Content)).ToList(), editor, cancellationToken);

        await using (var db = createContext())
        {
            await db.StagedUploads.Where(u => u.BatchId == batch && u.UploadedBy == editor).ExecuteDeleteAsync(cancellationToken);
        }

        return results;
    }
}

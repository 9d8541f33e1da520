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
public sealed class UploadStaging(IDbContextFactory<PortalDbContext> contexts, ArticleFileReader reader, ArticleIngestor ingestor, TimeProvider clock)
{
    /// <summary>How long a preview waits for its import before its files are dropped.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(1);

    /// <summary>How many files an import of staged files reads and writes at a time.</summary>
    private const int ImportChunk = 50;

    /// <summary>
    /// Keeps the files of one upload for its preview, writing each as it comes (an upload is never in memory whole);
    /// returns the upload's id, or null when no file came.
    /// </summary>
    public async Task<Guid?> StageAsync(IEnumerable<IncomingFile> files, string editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var batch = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var expired = now - Expiry;
        await db.StagedUploads.Where(u => u.UploadedAt < expired).ExecuteDeleteAsync(cancellationToken);
        var staged = 0;
        foreach (var file in files)
        {
            db.StagedUploads.Add(new StagedUpload { BatchId = batch, UploadedBy = editor, FileName = file.Name, Content = file.Content, UploadedAt = now, Origin = PageOrigin.ToJson(file.Origin) });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            staged++;
        }

        return staged == 0 ? null : batch;
    }

    /// <summary>Parses the files of an upload and says what importing each would give; empty when the upload is unknown or not the editor's.</summary>
    public async Task<List<UploadPreview>> PreviewAsync(Guid batch, string editor, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();

        // One staged file in memory at a time: what the preview keeps of it is small.
        var previews = new List<(UploadPreview Preview, string Sha, string? TextHash)>();
        await foreach (var staged in db.StagedUploads.AsNoTracking().Where(u => u.BatchId == batch && u.UploadedBy == editor).OrderBy(u => u.Id)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var read = reader.Read(staged.Content, staged.FileName);
            previews.Add((PreviewOf(staged, read), Hashing.Sha256Hex(staged.Content), read.Succeeded ? ArticleMapper.ContentHash(read.Decoded!.Text) : null));
        }

        var shas = previews.Select(r => r.Sha).ToList();
        var byBytes = await db.SourceFiles.AsNoTracking().Where(f => shas.Contains(f.Sha256) && f.ArticleId != null)
            .Select(f => new { f.Sha256, f.ArticleId }).ToDictionaryAsync(f => f.Sha256, f => f.ArticleId!.Value, cancellationToken);
        var hashes = previews.Select(r => r.TextHash).OfType<string>().ToList();
        var byText = await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash))
            .Select(a => new { a.ContentHash, a.Id }).ToDictionaryAsync(a => a.ContentHash, a => a.Id, cancellationToken);

        return previews.Select(r => r.Preview with
        {
            DuplicateOf = byBytes.TryGetValue(r.Sha, out var id) ? id
                : r.TextHash is not null && byText.TryGetValue(r.TextHash, out var textId) ? textId : null,
        }).ToList();
    }

    private static UploadPreview PreviewOf(StagedUpload staged, ArticleReadResult read)
    {
        var date = read.Analysis?.Date;
        return new UploadPreview(
            staged.Id,
            staged.FileName,
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
            null,
            read.Error);
    }

    /// <summary>
    /// Imports the files of an upload the editor kept, a few at a time, and drops the whole upload from the staging
    /// area. Returns one result per kept file; empty when the upload is unknown (imported already, or expired).
    /// </summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(Guid batch, string editor, IReadOnlyCollection<int> keep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keep);
        List<int> ids;
        await using (var db = contexts.CreateDbContext())
        {
            ids = await db.StagedUploads.AsNoTracking().Where(u => u.BatchId == batch && u.UploadedBy == editor && keep.Contains(u.Id)).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
        }

        var results = new List<ImportResult>();
        foreach (var chunk in ids.Chunk(ImportChunk))
        {
            List<IncomingFile> files;
            await using (var db = contexts.CreateDbContext())
            {
                files = (await db.StagedUploads.AsNoTracking().Where(u => chunk.Contains(u.Id)).OrderBy(u => u.Id)
                    .Select(u => new { u.FileName, u.Content, u.Origin }).ToListAsync(cancellationToken))
                        .Select(u => new IncomingFile(u.FileName, u.Content, PageOrigin.FromJson(u.Origin))).ToList();
            }

            results.AddRange(await ingestor.ImportBatchAsync(files, editor, cancellationToken));
        }

        await using (var db = contexts.CreateDbContext())
        {
            await db.StagedUploads.Where(u => u.BatchId == batch && u.UploadedBy == editor).ExecuteDeleteAsync(cancellationToken);
        }

        return results;
    }
}

using System.Text.Json;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Text;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// The one way files enter the store, used by the CLI, the upload page and start-up seeding. A file is
/// stored raw first, then parsed; the article and everything derived from it are written in one
/// transaction, so an import stopped half-way leaves no half-written article and running it again
/// finishes the job. The same bytes, or the same text in another encoding or width, give one article.
/// </summary>
public sealed partial class ArticleIngestor(Func<PortalDbContext> createContext, ArticleFileReader reader, ILogger<ArticleIngestor> logger, TimeProvider clock)
{
    // One writer at a time inside this process; other processes wait on SQLite's lock (BEGIN IMMEDIATE).
    private static readonly SemaphoreSlim WriteGate = new(1, 1);

    /// <summary>Stores, parses and imports one file.</summary>
    public async Task<ImportResult> ImportAsync(byte[] bytes, string fileName, string receivedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var sha = Hashing.Sha256Hex(bytes);
        var read = reader.Read(bytes, fileName);

        await WriteGate.WaitAsync(cancellationToken);
        try
        {
            var result = await ImportLockedAsync(bytes, sha, read, fileName, receivedBy, cancellationToken);
            Log(result);
            return result;
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // Another process stored the same file or article between our check and our write.
            await using var db = createContext();
            var existing = await db.SourceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == sha, cancellationToken);
            var result = new ImportResult(fileName, ImportOutcome.Duplicate, existing?.ArticleId, existing?.Id, read.Article?.Headline, null, read.Warnings);
            Log(result);
            return result;
        }
        finally
        {
            WriteGate.Release();
        }
    }

    private async Task<ImportResult> ImportLockedAsync(byte[] bytes, string sha, ArticleReadResult read, string fileName, string receivedBy, CancellationToken cancellationToken)
    {
        await using var db = createContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var known = await db.SourceFiles.AsNoTracking().Where(f => f.Sha256 == sha).Select(f => new { f.Id, f.ArticleId, f.Status, f.Error }).FirstOrDefaultAsync(cancellationToken);
        if (known is not null)
        {
            return known.Status == SourceFileStatus.Failed
                ? new ImportResult(fileName, ImportOutcome.Failed, null, known.Id, null, $"This file was received before and failed: {known.Error}", [])
                : new ImportResult(fileName, ImportOutcome.Duplicate, known.ArticleId, known.Id, read.Article?.Headline, null, read.Warnings);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var source = new SourceFile
        {
            Sha256 = sha,
            FileName = Path.GetFileName(fileName),
            Content = bytes,
            Size = bytes.Length,
            Encoding = read.Decoded?.EncodingName,
            ReceivedAt = now,
            ReceivedBy = receivedBy,
            ParserVersion = ArticleParser.Version,
            Status = SourceFileStatus.Failed,
            Error = read.Error,
        };
        db.SourceFiles.Add(source);

        ImportResult result;
        if (!read.Succeeded)
        {
            result = new ImportResult(fileName, ImportOutcome.Failed, null, null, null, read.Error, []);
        }
        else
        {
            var contentHash = ArticleMapper.ContentHash(read.Decoded!.Text);
            var duplicateOf = await db.Articles.Where(a => a.ContentHash == contentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (duplicateOf is not null)
            {
                source.Status = SourceFileStatus.Duplicate;
                source.ArticleId = duplicateOf;
                result = new ImportResult(fileName, ImportOutcome.Duplicate, duplicateOf, null, read.Article!.Headline, null, read.Warnings);
            }
            else
            {
                await db.SaveChangesAsync(cancellationToken);
                var article = await CreateArticleAsync(db, source, read, contentHash, now, cancellationToken);
                result = new ImportResult(fileName, ImportOutcome.Imported, article.Id, null, article.Headline, null, read.Warnings);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result with { SourceFileId = source.Id };
    }

    private static async Task<Article> CreateArticleAsync(PortalDbContext db, SourceFile source, ArticleReadResult read, string contentHash, DateTime now, CancellationToken cancellationToken)
    {
        var article = new Article { SourceFileId = source.Id, ContentHash = contentHash, Body = string.Empty, DatePrecision = "unknown", Layout = string.Empty, CreatedAt = now };
        ArticleMapper.Apply(article, read.Article!, read.Analysis!, now);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);

        source.Status = SourceFileStatus.Imported;
        source.ArticleId = article.Id;
        await WriteDerivedAsync(db, article, read.Analysis!.Officials, [], cancellationToken);
        return article;
    }

    /// <summary>Officials, related-item links and the search row: everything that needs the article's id.</summary>
    private static async Task WriteDerivedAsync(PortalDbContext db, Article article, IReadOnlyList<ExtractedOfficial> found, IReadOnlyList<ArticleOverride> overrides, CancellationToken cancellationToken)
    {
        var officials = OfficialsAfterCorrections(found, overrides);
        var latinNames = await OfficialLinker.LinkAsync(db, article, officials, cancellationToken);
        await LinkRelatedAsync(db, article, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SearchIndex.WriteAsync(db, article, latinNames, cancellationToken);
    }

    private static IReadOnlyList<ExtractedOfficial> OfficialsAfterCorrections(IReadOnlyList<ExtractedOfficial> found, IReadOnlyList<ArticleOverride> overrides)
    {
        var correction = overrides.FirstOrDefault(o => o.Field == OverrideFields.Officials);
        if (correction is null)
        {
            return found;
        }

        var corrected = JsonSerializer.Deserialize<List<OfficialCorrection>>(correction.Value, JsonDefaults.Options) ?? [];
        return corrected.Select(c => found.FirstOrDefault(f => f.Name == c.Name) is { } parsed
                ? parsed with { CountryCode = c.CountryCode, Title = c.Title }
                : new ExtractedOfficial(c.Name, c.CountryCode, c.Title, c.Title is null ? [] : [c.Title], null, null, 1, [ArticlePart.Body], false))
            .ToList();
    }

    /// <summary>Links related items both ways: this article's items to stored articles, and stored items to this article.</summary>
    private static async Task LinkRelatedAsync(PortalDbContext db, Article article, CancellationToken cancellationToken)
    {
        var keys = article.RelatedItems.Select(r => r.HeadlineKey).Where(k => k.Length > 0).Distinct().ToList();
        var targets = await db.Articles.Where(a => a.HeadlineKey != null && keys.Contains(a.HeadlineKey) && a.Id != article.Id)
            .Select(a => new { a.Id, a.HeadlineKey })
            .ToListAsync(cancellationToken);
        foreach (var item in article.RelatedItems)
        {
            item.LinkedArticleId = targets.FirstOrDefault(t => t.HeadlineKey == item.HeadlineKey)?.Id;
        }

        if (article.HeadlineKey is { Length: > 0 } key)
        {
            await db.RelatedItems.Where(r => r.HeadlineKey == key && r.ArticleId != article.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.LinkedArticleId, article.Id), cancellationToken);
        }
    }

    /// <summary>
    /// Re-runs the current parser over every stored raw file and updates what was derived from it, keeping
    /// article ids and laying editors' corrections over the new values. Files that failed before are tried again.
    /// </summary>
    public async Task<ReparseSummary> ReparseAllAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        int updated = 0, created = 0, failed = 0, done = 0;
        var lastId = 0;
        while (true)
        {
            List<int> batch;
            await using (var db = createContext())
            {
                batch = await db.SourceFiles.Where(f => f.Id > lastId && f.Status != SourceFileStatus.Duplicate)
                    .OrderBy(f => f.Id).Select(f => f.Id).Take(200).ToListAsync(cancellationToken);
            }

            if (batch.Count == 0)
            {
                break;
            }

            foreach (var id in batch)
            {
                switch (await ReparseFileAsync(id, cancellationToken))
                {
                    case ReparseOutcome.Updated:
                        updated++;
                        break;
                    case ReparseOutcome.Created:
                        created++;
                        break;
                    case ReparseOutcome.Failed:
                        failed++;
                        break;
                }

                progress?.Report(++done);
            }

            lastId = batch[^1];
        }

        return new ReparseSummary(updated, created, failed);
    }

    /// <summary>Re-parses one stored file.</summary>
    private async Task<ReparseOutcome> ReparseFileAsync(int sourceFileId, CancellationToken cancellationToken)
    {
        await WriteGate.WaitAsync(cancellationToken);
        try
        {
            await using var db = createContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var source = await db.SourceFiles.SingleAsync(f => f.Id == sourceFileId, cancellationToken);
            var read = reader.Read(source.Content, source.FileName);
            var now = clock.GetUtcNow().UtcDateTime;
            source.ParserVersion = ArticleParser.Version;
            source.Encoding = read.Decoded?.EncodingName;
            source.Error = read.Error;

            ReparseOutcome outcome;
            var article = source.ArticleId is { } articleId
                ? await db.Articles.Include(a => a.Images).Include(a => a.RelatedItems).Include(a => a.Countries).Include(a => a.Officials).Include(a => a.Overrides)
                    .SingleAsync(a => a.Id == articleId, cancellationToken)
                : null;
            if (!read.Succeeded)
            {
                // Keep the article the file once gave; note the new failure on the file.
                outcome = ReparseOutcome.Failed;
            }
            else if (article is not null)
            {
                db.ArticleImages.RemoveRange(article.Images);
                db.RelatedItems.RemoveRange(article.RelatedItems);
                db.ArticleCountries.RemoveRange(article.Countries);
                db.ArticleOfficials.RemoveRange(article.Officials);
                await db.SaveChangesAsync(cancellationToken);
                ArticleMapper.Apply(article, read.Article!, read.Analysis!, now);
                ArticleMapper.ApplyOverrides(article, article.Overrides);
                await db.SaveChangesAsync(cancellationToken);
                await WriteDerivedAsync(db, article, read.Analysis!.Officials, article.Overrides, cancellationToken);
                outcome = ReparseOutcome.Updated;
            }
            else
            {
                var contentHash = ArticleMapper.ContentHash(read.Decoded!.Text);
                var duplicateOf = await db.Articles.Where(a => a.ContentHash == contentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
                if (duplicateOf is not null)
                {
                    source.Status = SourceFileStatus.Duplicate;
                    source.ArticleId = duplicateOf;
                    source.Error = null;
                    outcome = ReparseOutcome.Duplicate;
                }
                else
                {
                    await CreateArticleAsync(db, source, read, contentHash, now, cancellationToken);
                    source.Error = null;
                    outcome = ReparseOutcome.Created;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        }
        finally
        {
            WriteGate.Release();
        }
    }

    private void Log(ImportResult result)
    {
        if (result.Outcome == ImportOutcome.Failed)
        {
            LogFailed(logger, result.FileName, result.Reason);
        }
        else
        {
            LogStored(logger, result.FileName, result.Outcome, result.ArticleId, result.Warnings.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {File}: failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string file, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {File}: {Outcome} article {ArticleId} ({Warnings} warnings)")]
    private static partial void LogStored(ILogger logger, string file, ImportOutcome outcome, int? articleId, int warnings);

    private enum ReparseOutcome
    {
        Updated,
        Created,
        Duplicate,
        Failed,
    }
}

/// <summary>What a reparse did.</summary>
public sealed record ReparseSummary(int Updated, int Created, int Failed);

using System.Text.Json;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Text;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Meetings;
using DiplomacyPortal.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ArticleCountry = DiplomacyPortal.Data.Entities.ArticleCountry;
using ArticleImage = DiplomacyPortal.Data.Entities.ArticleImage;
using RelatedItem = DiplomacyPortal.Data.Entities.RelatedItem;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>A file offered for import.</summary>
public sealed record IncomingFile(string Name, byte[] Content);

/// <summary>
/// The one way files enter the store, used by the CLI, the upload page and start-up seeding. Every file is
/// stored raw, then parsed; articles and everything derived from them are written in one transaction per
/// batch, so an import stopped half-way leaves no half-written article and running it again finishes the
/// job. The same bytes, or the same text in another encoding or width, give one article.
/// </summary>
public sealed partial class ArticleIngestor(Func<PortalDbContext> createContext, ArticleFileReader reader, ILogger<ArticleIngestor> logger, TimeProvider clock)
{
    /// <summary>Files per transaction when importing many: large enough to spread the cost of a commit, small enough to lose little to a stop.</summary>
    public const int DefaultBatchSize = 250;

    /// <summary>Stores, parses and imports one file.</summary>
    public async Task<ImportResult> ImportAsync(byte[] bytes, string fileName, string receivedBy, CancellationToken cancellationToken = default) =>
        (await ImportBatchAsync([new IncomingFile(fileName, bytes)], receivedBy, cancellationToken))[0];

    /// <summary>Imports many files, a batch per transaction, reporting each result as it is committed.</summary>
    public async Task ImportManyAsync(IEnumerable<IncomingFile> files, string receivedBy, Action<ImportResult> onResult, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(onResult);
        foreach (var batch in files.Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var result in await ImportBatchAsync(batch, receivedBy, cancellationToken))
            {
                onResult(result);
            }
        }
    }

    /// <summary>Imports a batch of files in one transaction; results in input order.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportBatchAsync(IReadOnlyList<IncomingFile> files, string receivedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);

        // Parsing is pure and the slow part of small files: spread it over the cores before taking the write lock.
        var reads = new ArticleReadResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => reads[i] = reader.Read(files[i].Content, files[i].Name));
        var shas = files.Select(f => Hashing.Sha256Hex(f.Content)).ToArray();

        await StoreWriteGate.Gate.WaitAsync(cancellationToken);
        try
        {
            IReadOnlyList<ImportResult> results;
            try
            {
                results = await WriteBatchAsync(files, reads, shas, receivedBy, cancellationToken);
            }
            catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 } && files.Count > 1)
            {
                // Another process stored one of these files meanwhile: go one by one, so each gets its own answer.
                var single = new List<ImportResult>();
                for (var i = 0; i < files.Count; i++)
                {
                    single.Add(await WriteOneRetryingAsync(files[i], reads[i], shas[i], receivedBy, cancellationToken));
                }

                results = single;
            }
            catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
            {
                results = [await ExistingAsync(files[0].Name, shas[0], reads[0], cancellationToken)];
            }

            foreach (var result in results)
            {
                Log(result);
            }

            return results;
        }
        finally
        {
            StoreWriteGate.Gate.Release();
        }
    }

    private async Task<ImportResult> WriteOneRetryingAsync(IncomingFile file, ArticleReadResult read, string sha, string receivedBy, CancellationToken cancellationToken)
    {
        try
        {
            return (await WriteBatchAsync([file], [read], [sha], receivedBy, cancellationToken))[0];
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            return await ExistingAsync(file.Name, sha, read, cancellationToken);
        }
    }

    private async Task<ImportResult> ExistingAsync(string name, string sha, ArticleReadResult read, CancellationToken cancellationToken)
    {
        await using var db = createContext();
        var existing = await db.SourceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == sha, cancellationToken);
        return new ImportResult(name, ImportOutcome.Duplicate, existing?.ArticleId, existing?.Id, read.Article?.Headline, null, read.Warnings);
    }

    private async Task<IReadOnlyList<ImportResult>> WriteBatchAsync(IReadOnlyList<IncomingFile> files, ArticleReadResult[] reads, string[] shas, string receivedBy, CancellationToken cancellationToken)
    {
        await using var db = createContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var knownFiles = await db.SourceFiles.AsNoTracking().Where(f => shas.Contains(f.Sha256))
            .Select(f => new { f.Sha256, f.Id, f.ArticleId, f.Status, f.Error }).ToDictionaryAsync(f => f.Sha256, cancellationToken);
        var contentHashes = reads.Select(r => r.Succeeded ? ArticleMapper.ContentHash(r.Decoded!.Text) : null).ToArray();
        var hashList = contentHashes.OfType<string>().Distinct().ToList();
        var knownArticles = await db.Articles.AsNoTracking().Where(a => hashList.Contains(a.ContentHash)).Select(a => new { a.ContentHash, a.Id })
            .ToDictionaryAsync(a => a.ContentHash, a => a.Id, cancellationToken);

        var results = new ImportResult?[files.Count];
        var sources = new SourceFile?[files.Count];
        var newArticles = new Dictionary<string, (Article Article, int Index)>();
        var seenInBatch = new Dictionary<string, int>();
        for (var i = 0; i < files.Count; i++)
        {
            var read = reads[i];
            if (knownFiles.TryGetValue(shas[i], out var known))
            {
                results[i] = known.Status == SourceFileStatus.Failed
                    ? new ImportResult(files[i].Name, ImportOutcome.Failed, null, known.Id, null, $"This file was received before and failed: {known.Error}", [])
                    : new ImportResult(files[i].Name, ImportOutcome.Duplicate, known.ArticleId, known.Id, read.Article?.Headline, null, read.Warnings);
                continue;
            }

            if (seenInBatch.ContainsKey(shas[i]))
            {
                continue; // the same bytes twice in one batch: answered below from the first copy
            }

            seenInBatch[shas[i]] = i;
            var source = new SourceFile
            {
                Sha256 = shas[i],
                FileName = Path.GetFileName(files[i].Name),
                Content = files[i].Content,
                Size = files[i].Content.Length,
                Encoding = read.Decoded?.EncodingName,
                ReceivedAt = now,
                ReceivedBy = receivedBy,
                ParserVersion = ArticleParser.Version,
                Status = read.Succeeded ? SourceFileStatus.Imported : SourceFileStatus.Failed,
                Error = read.Error,
            };
            sources[i] = source;
            db.SourceFiles.Add(source);
        }

        await db.SaveChangesAsync(cancellationToken);

        var officials = new OfficialLinker(db);
        await officials.PreloadAsync(reads.Where(r => r.Succeeded).SelectMany(r => r.Analysis!.Officials.Select(o => o.Name)), cancellationToken);
        var children = new Dictionary<Article, (List<ArticleImage> Images, List<RelatedItem> Related, List<ArticleCountry> Countries)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (sources[i] is not { } source || contentHashes[i] is not { } hash)
            {
                continue;
            }

            if (knownArticles.TryGetValue(hash, out var existingId))
            {
                source.Status = SourceFileStatus.Duplicate;
                source.ArticleId = existingId;
            }
            else if (newArticles.TryGetValue(hash, out var sibling))
            {
                source.Status = SourceFileStatus.Duplicate;
                source.Article = sibling.Article;
            }
            else
            {
                var article = ArticleMapper.Create(source.Id, hash, reads[i], now);
                await officials.LinkAsync(article, reads[i].Analysis!.Officials, cancellationToken);

                // The small child rows are written below without change tracking (ChildRowWriter).
                children[article] = (article.Images, article.RelatedItems, article.Countries);
                article.Images = [];
                article.RelatedItems = [];
                article.Countries = [];
                db.Articles.Add(article);
                source.Article = article;
                newArticles[hash] = (article, i);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        using (var rows = ChildRowWriter.For(db))
        {
            foreach (var (article, (images, related, countries)) in children)
            {
                await rows.WriteAsync(article.Id, images, related, countries, cancellationToken);
                await SearchIndex.InsertAsync(db, article, images.Select(i => i.Caption), OfficialLinker.LatinNamesOf(article), cancellationToken);
            }
        }

        await RelatedLinks.UpdateAsync(db, newArticles.Values.Select(n => n.Article.Id).ToList(), cancellationToken);

        // The batch's entities are written; tracking them any longer would make the meeting linker's saves
        // compare the whole batch again.
        db.ChangeTracker.Clear();
        await MeetingLinker.UpdateAsync(db, newArticles.Values.Select(n => n.Article.Id).ToList(), cancellationToken);

        await transaction.CommitAsync(cancellationToken);

        for (var i = 0; i < files.Count; i++)
        {
            var read = reads[i];
            if (results[i] is not null)
            {
                continue;
            }

            var source = sources[i] ?? sources[seenInBatch[shas[i]]]!;
            var isFirstCopy = sources[i] is not null;
            results[i] = source.Status switch
            {
                SourceFileStatus.Failed => new ImportResult(files[i].Name, ImportOutcome.Failed, null, source.Id, null, read.Error, []),
                SourceFileStatus.Imported when isFirstCopy => new ImportResult(files[i].Name, ImportOutcome.Imported, source.ArticleId, source.Id, read.Article!.Headline, null, read.Warnings),
                _ => new ImportResult(files[i].Name, ImportOutcome.Duplicate, source.ArticleId, source.Id, read.Article?.Headline, null, read.Warnings),
            };
        }

        return results!;
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
                switch ((await ReparseFileAsync(id, cancellationToken)).Outcome)
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

    /// <summary>
    /// Tries a stored file again with the current parser (the "retry" of a failed import): the article it gives,
    /// the article it duplicates, or the reason it still fails.
    /// </summary>
    public async Task<ImportResult> RetryAsync(int sourceFileId, CancellationToken cancellationToken = default)
    {
        var (outcome, articleId, fileName, error) = await ReparseFileAsync(sourceFileId, cancellationToken);
        var result = outcome switch
        {
            ReparseOutcome.Failed => new ImportResult(fileName, ImportOutcome.Failed, null, sourceFileId, null, error, []),
            ReparseOutcome.Duplicate => new ImportResult(fileName, ImportOutcome.Duplicate, articleId, sourceFileId, null, null, []),
            _ => new ImportResult(fileName, ImportOutcome.Imported, articleId, sourceFileId, null, null, []),
        };
        Log(result);
        return result;
    }

    /// <summary>Re-parses one stored file.</summary>
    private async Task<(ReparseOutcome Outcome, int? ArticleId, string FileName, string? Error)> ReparseFileAsync(int sourceFileId, CancellationToken cancellationToken)
    {
        await StoreWriteGate.Gate.WaitAsync(cancellationToken);
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
            var article = source.ArticleId is { } articleId ? await ArticleRebuilder.LoadAsync(db, articleId, cancellationToken) : null;
            if (!read.Succeeded)
            {
                // Keep the article the file once gave; note the new failure on the file.
                outcome = ReparseOutcome.Failed;
            }
            else if (article is not null)
            {
                await ArticleRebuilder.RebuildAsync(db, article, read, now, cancellationToken);
                outcome = ReparseOutcome.Updated;
            }
            else
            {
                var contentHash = ArticleMapper.ContentHash(read.Decoded!.Text);
                var duplicateOf = await db.Articles.Where(a => a.ContentHash == contentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
                source.Error = null;
                if (duplicateOf is not null)
                {
                    source.Status = SourceFileStatus.Duplicate;
                    source.ArticleId = duplicateOf;
                    outcome = ReparseOutcome.Duplicate;
                }
                else
                {
                    var created = ArticleMapper.Create(source.Id, contentHash, read, now);
                    var officials = new OfficialLinker(db);
                    await officials.LinkAsync(created, read.Analysis!.Officials, cancellationToken);
                    db.Articles.Add(created);
                    source.Status = SourceFileStatus.Imported;
                    source.Article = created;
                    await db.SaveChangesAsync(cancellationToken);
                    await RelatedLinks.UpdateAsync(db, [created.Id], cancellationToken);
                    await MeetingLinker.UpdateAsync(db, [created.Id], cancellationToken);
                    await SearchIndex.WriteAsync(db, created, OfficialLinker.LatinNamesOf(created), cancellationToken);
                    outcome = ReparseOutcome.Created;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (outcome, source.ArticleId, source.FileName, read.Error);
        }
        finally
        {
            StoreWriteGate.Gate.Release();
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

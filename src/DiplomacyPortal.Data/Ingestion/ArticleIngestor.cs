using System.Data;
using System.Text.Json;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Text;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Meetings;
using DiplomacyPortal.Data.Search;
using DiplomacyPortal.Data.Storage;
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
public sealed partial class ArticleIngestor(IDbContextFactory<PortalDbContext> contexts, ArticleFileReader reader, ILogger<ArticleIngestor> logger, TimeProvider clock)
{
    /// <summary>Files per transaction when importing many: large enough to spread the cost of a commit, small enough to lose little to a stop.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Stores, parses and imports one file.</summary>
    public async Task<ImportResult> ImportAsync(byte[] bytes, string fileName, string receivedBy, CancellationToken cancellationToken = default) =>
        (await ImportBatchAsync([new IncomingFile(fileName, bytes)], receivedBy, cancellationToken))[0];

    /// <summary>
    /// Imports many files, a batch per transaction, reporting each result as it is committed. The next batch is
    /// parsed on the other cores while the current one is written, so a bulk import keeps every core busy. With
    /// <paramref name="deferIndexes"/> (see <see cref="ShouldDeferIndexesAsync"/>) the indexes the import does not
    /// read by are left out meanwhile (<see cref="DeferredIndexes"/>) and built at the end, however the import ends;
    /// stored related items are then linked to the new articles at the end too, as that index is one of them.
    /// </summary>
    public async Task ImportManyAsync(
        IEnumerable<IncomingFile> files, string receivedBy, Action<ImportResult> onResult, int batchSize = DefaultBatchSize, bool deferIndexes = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(onResult);
        if (deferIndexes)
        {
            await using var db = contexts.CreateDbContext();
            await DeferredIndexes.DeferAsync(db, cancellationToken);
        }

        var run = new ImportRun(linkStoredItemsLater: deferIndexes);
        try
        {
            // The next batch is taken from the enumeration (which may read the files from disk) and prepared off the
            // writer's thread, so the writer does not wait for the disk. One batch at a time, in order.
            // Why and the measurements: docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md.
            using var batches = files.Chunk(batchSize).GetEnumerator();
            Task<PreparedFile[]?> PrepareNext() => Task.Run(() => batches.MoveNext() ? Prepare(batches.Current, cancellationToken) : null, cancellationToken);
            var pending = PrepareNext();
            while (await pending is { } prepared)
            {
                pending = PrepareNext();
                foreach (var result in await WriteLockedAsync(prepared, receivedBy, run, cancellationToken))
                {
                    onResult(result);
                }
            }
        }
        finally
        {
            await using var db = contexts.CreateDbContext();
            if (deferIndexes)
            {
                // Also after a stop (Ctrl-C): the store is left whole. A killed process leaves this to the next start.
                LogBuildingIndexes(logger);
                await DeferredIndexes.RestoreAsync(db, CancellationToken.None);
                await RelatedLinks.LinkAllAsync(db, CancellationToken.None);
            }

            await PortalDatabase.CheckpointAsync(db, CancellationToken.None);
        }
    }

    /// <summary>Whether an import of <paramref name="expectedFiles"/> files should defer indexes (<see cref="DeferredIndexes.IsWorthwhile"/>), given the store's size.</summary>
    public async Task<bool> ShouldDeferIndexesAsync(int expectedFiles, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return db.Database.IsSqlite() && DeferredIndexes.IsWorthwhile(expectedFiles, await db.Articles.CountAsync(cancellationToken));
    }

    /// <summary>Imports a batch of files in one transaction; results in input order.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportBatchAsync(IReadOnlyList<IncomingFile> files, string receivedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var prepared = await Task.Run(() => Prepare(files, cancellationToken), cancellationToken);
        return await WriteLockedAsync(prepared, receivedBy, new ImportRun(linkStoredItemsLater: false), cancellationToken);
    }

    /// <summary>A file with everything about it that needs no store: read, hashed, mapped to a new article, tokenised for search.</summary>
    private sealed record PreparedFile(IncomingFile File, ReadFacts Read, string Sha256, string? ContentHash, Article? Article, SearchDocument? Search);

    /// <summary>
    /// What the writer needs of a file's reading. The rest — its decoded text, parsed structure and analysis — is let go
    /// once the file is prepared: a prepared batch waits in memory while the one before it is written, and the garbage
    /// collector copies whatever it keeps alive from one generation to the next.
    /// </summary>
    private sealed record ReadFacts(string? Headline, IReadOnlyList<string> Warnings, string? EncodingName, string? Error, IReadOnlyList<ExtractedOfficial> Officials)
    {
        public static ReadFacts Of(ArticleReadResult read) =>
            new(read.Article?.Headline, read.Warnings, read.Decoded?.EncodingName, read.Error, read.Analysis?.Officials ?? []);
    }

    /// <summary>
    /// Reads, hashes and maps files on every core but one; pure, so it runs outside the write lock. The core left is the
    /// writer's, which prepares nothing: with the next batch prepared on all cores beside it, the writer waited for a
    /// core, while one core prepares a batch in less time than the writer takes to write one
    /// (docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md).
    /// </summary>
    private PreparedFile[] Prepare(IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var prepared = new PreparedFile[files.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        Parallel.For(0, files.Count, options, i =>
        {
            var read = reader.Read(files[i].Content, files[i].Name);
            var sha = Hashing.Sha256Hex(files[i].Content);
            if (!read.Succeeded)
            {
                prepared[i] = new PreparedFile(files[i], ReadFacts.Of(read), sha, null, null, null);
                return;
            }

            var contentHash = ArticleMapper.ContentHash(read.Decoded!.Text);
            var article = ArticleMapper.Create(0, contentHash, read, now);
            prepared[i] = new PreparedFile(files[i], ReadFacts.Of(read), sha, contentHash, article, SearchDocument.Of(article, article.Images.Select(image => image.Caption)));
        });
        return prepared;
    }

    /// <summary>What the batches of one import share.</summary>
    private sealed class ImportRun(bool linkStoredItemsLater)
    {
        /// <summary>
        /// Whether a batch links only its new articles' related items, the import linking the stored items to the new
        /// articles at its end (<see cref="RelatedLinks.LinkAllAsync"/>).
        /// </summary>
        public bool LinkStoredItemsLater { get; } = linkStoredItemsLater;

        /// <summary>
        /// The officials earlier batches saved, so that a batch does not read back the thousand or so its articles name
        /// (docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md).
        /// </summary>
        public SavedOfficials Officials { get; } = new();
    }

    /// <summary>Writes a prepared batch under the store's write lock, falling back to one file at a time when another writer stored one of them meanwhile.</summary>
    private async Task<IReadOnlyList<ImportResult>> WriteLockedAsync(PreparedFile[] files, string receivedBy, ImportRun run, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await StoreWriteGate.Gate.WaitAsync(cancellationToken);
        try
        {
            IReadOnlyList<ImportResult> results;
            try
            {
                results = await WriteBatchAsync(files, receivedBy, run, cancellationToken);
            }
            catch (Exception e) when (StoreErrors.IsConstraintViolation(e) && files.Length > 1)
            {
                // Another process stored one of these files meanwhile: go one by one, so each gets its own answer.
                var single = new List<ImportResult>();
                foreach (var file in files)
                {
                    single.Add(await WriteOneRetryingAsync(file, receivedBy, run, cancellationToken));
                }

                results = single;
            }
            catch (Exception e) when (StoreErrors.IsConstraintViolation(e))
            {
                results = [await ExistingAsync(files[0], cancellationToken)];
            }

            foreach (var result in results)
            {
                Log(result);
            }

            IngestionMetrics.BatchWritten(started);
            return results;
        }
        finally
        {
            StoreWriteGate.Gate.Release();
        }
    }

    private async Task<ImportResult> WriteOneRetryingAsync(PreparedFile file, string receivedBy, ImportRun run, CancellationToken cancellationToken)
    {
        try
        {
            return (await WriteBatchAsync([file], receivedBy, run, cancellationToken))[0];
        }
        catch (Exception e) when (StoreErrors.IsConstraintViolation(e))
        {
            return await ExistingAsync(file, cancellationToken);
        }
    }

    private async Task<ImportResult> ExistingAsync(PreparedFile file, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var existing = await db.SourceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == file.Sha256, cancellationToken);
        return new ImportResult(file.File.Name, ImportOutcome.Duplicate, existing?.ArticleId, existing?.Id, file.Read.Headline, null, file.Read.Warnings);
    }

    private async Task<IReadOnlyList<ImportResult>> WriteBatchAsync(IReadOnlyList<PreparedFile> files, string receivedBy, ImportRun run, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteBatchOnceAsync(files, receivedBy, run, cancellationToken);
        }
        catch
        {
            // The transaction undid what the batch added to saved officials; their entities in memory still hold it.
            run.Officials.Forget();
            throw;
        }
    }

    private async Task<IReadOnlyList<ImportResult>> WriteBatchOnceAsync(IReadOnlyList<PreparedFile> files, string receivedBy, ImportRun run, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PortalDatabase.UseImportWalAsync(db, cancellationToken); // after the connection is open for the transaction: opening it resets the setting
        var now = clock.GetUtcNow().UtcDateTime;

        Dictionary<string, StoredFile> knownFiles;
        Dictionary<string, int> knownArticles;
        using (var stored = new StoredCopies(db))
        {
            knownFiles = await stored.FilesAsync(files.Select(f => f.Sha256), cancellationToken);
            knownArticles = await stored.ArticlesAsync(files.Select(f => f.ContentHash).OfType<string>(), cancellationToken);
        }

        // Decide what each file is before writing anything: failed, a copy of a stored article, a copy of an
        // earlier file of this batch, or a new article.
        var results = new ImportResult?[files.Count];
        var sources = new SourceFile?[files.Count];
        var newArticles = new Dictionary<string, PreparedFile>();
        var firstCopy = new Dictionary<string, int>();
        for (var i = 0; i < files.Count; i++)
        {
            var (file, read, sha, hash) = (files[i].File, files[i].Read, files[i].Sha256, files[i].ContentHash);
            if (knownFiles.TryGetValue(sha, out var known))
            {
                results[i] = known.Status == SourceFileStatus.Failed
                    ? new ImportResult(file.Name, ImportOutcome.Failed, null, known.Id, null, $"This file was received before and failed: {known.Error}", [])
                    : new ImportResult(file.Name, ImportOutcome.Duplicate, known.ArticleId, known.Id, read.Headline, null, read.Warnings);
                continue;
            }

            if (!firstCopy.TryAdd(sha, i))
            {
                continue; // the same bytes twice in one batch: answered below from the first copy
            }

            var status = hash is null ? SourceFileStatus.Failed
                : knownArticles.ContainsKey(hash) || newArticles.ContainsKey(hash) ? SourceFileStatus.Duplicate
                : SourceFileStatus.Imported;
            if (status == SourceFileStatus.Imported)
            {
                newArticles[hash!] = files[i];
            }

            sources[i] = new SourceFile
            {
                Sha256 = sha,
                FileName = Path.GetFileName(file.Name),
                Content = file.Content,
                Size = file.Content.Length,
                Encoding = read.EncodingName,
                ReceivedAt = now,
                ReceivedBy = receivedBy,
                ParserVersion = ArticleParser.Version,
                Status = status,
                Error = read.Error,
                ArticleId = hash is not null && knownArticles.TryGetValue(hash, out var storedId) ? storedId : null,
            };
        }

        using (var sourceRows = new RowInserter<SourceFile>(db))
        {
            await sourceRows.InsertAllAsync(sources.OfType<SourceFile>(), cancellationToken);
        }

        // Officials are few and shared between articles: found or created through EF Core, saved once for the batch.
        var officials = new OfficialLinker(db, run.Officials);
        await officials.PreloadAsync(newArticles.Values.SelectMany(f => f.Read.Officials.Select(o => o.Key)), cancellationToken);
        foreach (var file in newArticles.Values)
        {
            file.Article!.Officials.Clear(); // a batch that is retried file by file links them again
            await officials.LinkAsync(file.Article, file.Read.Officials, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        using (var articleRows = new NewArticleWriter(db))
        {
            foreach (var file in newArticles.Values)
            {
                file.Article!.SourceFileId = sources[firstCopy[file.Sha256]]!.Id;
                await articleRows.WriteAsync(file.Article, cancellationToken);
            }
        }

        // Each file that gave or repeated a new article points at it.
        for (var i = 0; i < files.Count; i++)
        {
            if (sources[i] is { ArticleId: null } source && files[i].ContentHash is { } hash && newArticles.TryGetValue(hash, out var origin))
            {
                source.ArticleId = origin.Article!.Id;
            }
        }

        var pointing = sources.OfType<SourceFile>().Where(s => s.ArticleId is not null && s.Status != SourceFileStatus.Failed).ToList();
        await PointAtArticlesAsync(db, pointing, cancellationToken);

        var newIds = newArticles.Values.Select(f => f.Article!.Id).ToList();
        if (run.LinkStoredItemsLater)
        {
            await RelatedLinks.LinkItemsOfAsync(db, newIds, cancellationToken);
        }
        else
        {
            await RelatedLinks.UpdateAsync(db, newIds, cancellationToken);
        }

        db.ChangeTracker.Clear();
        await MeetingLinker.AddNewAsync(db, newArticles.Values.Select(f => f.Article!).ToList(), cancellationToken);

        // Search rows go last. FTS5 writes its pending terms out at every statement savepoint, and inserts into
        // tables with constraints open one, so a search row between them became an index segment of its own:
        // written last and together, the batch's rows make one segment.
        // Why and the measurements: docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md.
        using (var search = new SearchRowWriter(db))
        {
            foreach (var file in newArticles.Values)
            {
                await search.InsertAsync(file.Article!.Id, file.Search!, OfficialLinker.LatinNamesOf(file.Article), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        run.Officials.Remember(officials.Linked);

        for (var i = 0; i < files.Count; i++)
        {
            if (results[i] is not null)
            {
                continue;
            }

            var (file, read) = (files[i].File, files[i].Read);
            var source = sources[i] ?? sources[firstCopy[files[i].Sha256]]!;
            var isFirstCopy = sources[i] is not null;
            results[i] = source.Status switch
            {
                SourceFileStatus.Failed => new ImportResult(file.Name, ImportOutcome.Failed, null, source.Id, null, read.Error, []),
                SourceFileStatus.Imported when isFirstCopy => new ImportResult(file.Name, ImportOutcome.Imported, source.ArticleId, source.Id, read.Headline, null, read.Warnings),
                _ => new ImportResult(file.Name, ImportOutcome.Duplicate, source.ArticleId, source.Id, read.Headline, null, read.Warnings),
            };
        }

        return results!;
    }

    /// <summary>Sets the article of source files written before their article existed (a file and its article point at each other).</summary>
    private static async Task PointAtArticlesAsync(PortalDbContext db, List<SourceFile> sources, CancellationToken cancellationToken)
    {
        if (sources.Count == 0)
        {
            return;
        }

        using var command = new PreparedCommand(db, "UPDATE \"SourceFiles\" SET \"ArticleId\" = @article WHERE \"Id\" = @id", ("@article", DbType.Int32), ("@id", DbType.Int32));
        foreach (var source in sources)
        {
            await command.ExecuteAsync(cancellationToken, source.ArticleId, source.Id);
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
            await using (var db = contexts.CreateDbContext())
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
            await using var db = contexts.CreateDbContext();
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
        IngestionMetrics.Counted(result);
        if (result.Outcome == ImportOutcome.Failed)
        {
            LogFailed(logger, result.FileName, result.Reason);
        }
        else
        {
            LogStored(logger, result.FileName, result.Outcome, result.ArticleId, result.Warnings.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the indexes the import left out")]
    private static partial void LogBuildingIndexes(ILogger logger);

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

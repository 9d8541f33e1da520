using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Search;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>A file offered for import.</summary>
public sealed record IncomingFile(string Name, byte[] Content, PageOrigin? Origin = null);

/// <summary>
/// The one way files enter the store, used by the CLI, the upload page and start-up seeding. Every file is
/// stored raw, then parsed; articles and everything derived from them are written in one transaction per
/// batch, so an import stopped half-way leaves no half-written article and running it again finishes the
/// job. The same bytes, or the same text in another encoding or width, give one article.
/// </summary>
public sealed partial class ArticleIngestor
{
    /// <summary>Files per transaction when importing many: large enough to spread the cost of a commit, small enough to lose little to a stop.</summary>
    public const int DefaultBatchSize = 500;

    private readonly IDbContextFactory<PortalDbContext> _contexts;
    private readonly ArticleFileReader _reader;
    private readonly ILogger<ArticleIngestor> _logger;
    private readonly TimeProvider _clock;
    private readonly BatchWriter _writer;
    private readonly Reparser _reparser;

    public ArticleIngestor(IDbContextFactory<PortalDbContext> contexts, ArticleFileReader reader, ILogger<ArticleIngestor> logger, TimeProvider clock)
    {
        _contexts = contexts;
        _reader = reader;
        _logger = logger;
        _clock = clock;
        _writer = new BatchWriter(contexts, clock, Log);
        _reparser = new Reparser(contexts, reader, clock);
    }

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
            await using var db = _contexts.CreateDbContext();
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
                foreach (var result in await _writer.WriteLockedAsync(prepared, receivedBy, run, cancellationToken))
                {
                    onResult(result);
                }
            }
        }
        finally
        {
            await using var db = _contexts.CreateDbContext();
            if (deferIndexes)
            {
                // Also after a stop (Ctrl-C): the store is left whole. A killed process leaves this to the next start.
                LogBuildingIndexes(_logger);
                await DeferredIndexes.RestoreAsync(db, CancellationToken.None);
                await RelatedLinks.LinkAllAsync(db, CancellationToken.None);
            }

            await StoreDialect.For(db).CheckpointAsync(db, CancellationToken.None);
        }
    }

    /// <summary>Whether an import of <paramref name="expectedFiles"/> files should defer indexes (<see cref="DeferredIndexes.IsWorthwhile"/>), given the store's size.</summary>
    public async Task<bool> ShouldDeferIndexesAsync(int expectedFiles, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return StoreDialect.For(db).CanDeferIndexes && DeferredIndexes.IsWorthwhile(expectedFiles, await db.Articles.CountAsync(cancellationToken));
    }

    /// <summary>Imports a batch of files in one transaction; results in input order.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportBatchAsync(IReadOnlyList<IncomingFile> files, string receivedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var prepared = await Task.Run(() => Prepare(files, cancellationToken), cancellationToken);
        return await _writer.WriteLockedAsync(prepared, receivedBy, new ImportRun(linkStoredItemsLater: false), cancellationToken);
    }

    /// <summary>
    /// Reads, hashes and maps files on every core but one; pure, so it runs outside the write lock. The core left is the
    /// writer's, which prepares nothing: with the next batch prepared on all cores beside it, the writer waited for a
    /// core, while one core prepares a batch in less time than the writer takes to write one
    /// (docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md).
    /// </summary>
    private PreparedFile[] Prepare(IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var prepared = new PreparedFile[files.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        Parallel.For(0, files.Count, options, i =>
        {
            var read = _reader.Read(files[i].Content, files[i].Name);
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

    /// <summary>
    /// Re-runs the current parser over every stored raw file and updates what was derived from it, keeping
    /// article ids and laying editors' corrections over the new values. Files that failed before are tried again.
    /// </summary>
    public Task<ReparseSummary> ReparseAllAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        _reparser.ReparseAllAsync(progress, cancellationToken);

    /// <summary>Stores a changed version of the web page that gave <paramref name="articleId"/> and derives the article again from it (<see cref="Reparser.StoreNewVersionAsync"/>).</summary>
    public async Task<ImportResult> ImportNewVersionAsync(int articleId, IncomingFile file, string receivedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = await _reparser.StoreNewVersionAsync(articleId, file, receivedBy, cancellationToken);
        Log(result);
        return result;
    }

    /// <summary>
    /// Tries a stored file again with the current parser (the "retry" of a failed import): the article it gives,
    /// the article it duplicates, or the reason it still fails.
    /// </summary>
    public async Task<ImportResult> RetryAsync(int sourceFileId, CancellationToken cancellationToken = default)
    {
        var (outcome, articleId, fileName, error) = await _reparser.ReparseFileAsync(sourceFileId, cancellationToken);
        var result = outcome switch
        {
            ReparseOutcome.Failed => new ImportResult(fileName, ImportOutcome.Failed, null, sourceFileId, null, error, []),
            ReparseOutcome.Duplicate => new ImportResult(fileName, ImportOutcome.Duplicate, articleId, sourceFileId, null, null, []),
            _ => new ImportResult(fileName, ImportOutcome.Imported, articleId, sourceFileId, null, null, []),
        };
        Log(result);
        return result;
    }

    private void Log(ImportResult result)
    {
        IngestionMetrics.Counted(result);
        if (result.Outcome == ImportOutcome.Failed)
        {
            LogFailed(_logger, result.FileName, result.Reason);
        }
        else
        {
            LogStored(_logger, result.FileName, result.Outcome, result.ArticleId, result.Warnings.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the indexes the import left out")]
    private static partial void LogBuildingIndexes(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {File}: failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string file, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {File}: {Outcome} article {ArticleId} ({Warnings} warnings)")]
    private static partial void LogStored(ILogger logger, string file, ImportOutcome outcome, int? articleId, int warnings);

}

using System.Data;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Meetings;
using DiplomacyPortal.Data.Search;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>A file with everything about it that needs no store: read, hashed, mapped to a new article, tokenised for search.</summary>
internal sealed record PreparedFile(IncomingFile File, ReadFacts Read, string Sha256, string? ContentHash, Article? Article, SearchDocument? Search);

/// <summary>
/// What the writer needs of a file's reading. The rest — its decoded text, parsed structure and analysis — is let go
/// once the file is prepared: a prepared batch waits in memory while the one before it is written, and the garbage
/// collector copies whatever it keeps alive from one generation to the next.
/// </summary>
internal sealed record ReadFacts(string? Headline, IReadOnlyList<string> Warnings, string? EncodingName, string? Error, IReadOnlyList<ExtractedOfficial> Officials)
{
    public static ReadFacts Of(ArticleReadResult read) =>
        new(read.Article?.Headline, read.Warnings, read.Decoded?.EncodingName, read.Error, read.Analysis?.Officials ?? []);
}

/// <summary>What the batches of one import share.</summary>
internal sealed class ImportRun(bool linkStoredItemsLater)
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

/// <summary>
/// Writes prepared batches into the store, one transaction per batch, behind the store's write gate: the new raw files,
/// articles and everything derived from them, by the bulk writers (docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md).
/// A batch that meets a file another process stored meanwhile is written again file by file, so each gets its own answer.
/// </summary>
internal sealed class BatchWriter(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, Action<ImportResult> report)
{
    /// <summary>Writes a prepared batch under the store's write lock, falling back to one file at a time when another writer stored one of them meanwhile.</summary>
    public async Task<IReadOnlyList<ImportResult>> WriteLockedAsync(PreparedFile[] files, string receivedBy, ImportRun run, CancellationToken cancellationToken)
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
            catch (Exception e) when (StoreErrors.IsUniqueViolation(e) && files.Length > 1)
            {
                // Another process stored one of these files meanwhile: go one by one, so each gets its own answer.
                var single = new List<ImportResult>();
                foreach (var file in files)
                {
                    single.Add(await WriteOneRetryingAsync(file, receivedBy, run, cancellationToken));
                }

                results = single;
            }
            catch (Exception e) when (StoreErrors.IsUniqueViolation(e))
            {
                results = [await ExistingAsync(files[0], cancellationToken)];
            }

            foreach (var result in results)
            {
                report(result);
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
        catch (Exception e) when (StoreErrors.IsUniqueViolation(e))
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
        await StoreDialect.For(db).UseImportLogAsync(db, cancellationToken); // after the connection is open for the transaction: opening it resets the setting
        var plan = await BatchPlan.DecideAsync(db, files, receivedBy, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var newArticles = plan.NewArticles.Values.ToList();
        using (var sourceRows = new RowInserter<SourceFile>(db))
        {
            await sourceRows.InsertAllAsync(plan.SourceRows, cancellationToken);
        }

        var officials = await LinkOfficialsAsync(db, newArticles, run, cancellationToken);
        using (var articleRows = new NewArticleWriter(db))
        {
            foreach (var file in newArticles)
            {
                file.Article!.SourceFileId = plan.SourceOf(file).Id;
                await articleRows.WriteAsync(file.Article, cancellationToken);
            }
        }

        await PointAtArticlesAsync(db, plan.PointAtNewArticles(), cancellationToken);
        await WriteDerivedRowsAsync(db, newArticles, run, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        run.Officials.Remember(officials.Linked);
        return plan.Answers();
    }

    /// <summary>Officials are few and shared between articles: found or created through EF Core, saved once for the batch.</summary>
    private static async Task<OfficialLinker> LinkOfficialsAsync(PortalDbContext db, List<PreparedFile> newArticles, ImportRun run, CancellationToken cancellationToken)
    {
        var officials = new OfficialLinker(db, run.Officials);
        await officials.PreloadAsync(newArticles.SelectMany(f => f.Read.Officials.Select(o => o.Key)), cancellationToken);
        foreach (var file in newArticles)
        {
            file.Article!.Officials.Clear(); // a batch that is retried file by file links them again
            await officials.LinkAsync(file.Article, file.Read.Officials, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return officials;
    }

    /// <summary>What follows from the new articles: related items linked, meetings found, search rows.</summary>
    private static async Task WriteDerivedRowsAsync(PortalDbContext db, List<PreparedFile> newArticles, ImportRun run, CancellationToken cancellationToken)
    {
        var newIds = newArticles.Select(f => f.Article!.Id).ToList();
        if (run.LinkStoredItemsLater)
        {
            await RelatedLinks.LinkItemsOfAsync(db, newIds, cancellationToken);
        }
        else
        {
            await RelatedLinks.UpdateAsync(db, newIds, cancellationToken);
        }

        db.ChangeTracker.Clear();
        await MeetingLinker.AddNewAsync(db, newArticles.Select(f => f.Article!).ToList(), cancellationToken);

        // Search rows go last. FTS5 writes its pending terms out at every statement savepoint, and inserts into
        // tables with constraints open one, so a search row between them became an index segment of its own:
        // written last and together, the batch's rows make one segment.
        // Why: docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md.
        using var search = new SearchRowWriter(db);
        foreach (var file in newArticles)
        {
            await search.InsertAsync(file.Article!.Id, file.Search!, OfficialLinker.LatinNamesOf(file.Article), cancellationToken);
        }
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
}

using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Meetings;
using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>What a reparse did.</summary>
public sealed record ReparseSummary(int Updated, int Created, int Failed);

/// <summary>What became of one stored file parsed again.</summary>
internal enum ReparseOutcome
{
    Updated,
    Created,
    Duplicate,
    Failed,
}

/// <summary>
/// Parses stored raw files again with the current parser, one transaction per file behind the store's write gate:
/// an article keeps its id and gets the new values under the editors' corrections; a file that failed before may
/// now give an article, or turn out to duplicate one.
/// </summary>
internal sealed class Reparser(IDbContextFactory<PortalDbContext> contexts, ArticleFileReader reader, TimeProvider clock)
{
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
                batch = await db.SourceFiles.Where(f => f.Id > lastId && f.Status != SourceFileStatus.Duplicate && f.Status != SourceFileStatus.Superseded)
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
    /// Stores a changed version of a web page whose earlier version gave <paramref name="articleId"/>, and derives the
    /// article again from it: the article keeps its id, and the editors' corrections are laid over the new values. The
    /// earlier files are kept, marked superseded. The same bytes as a stored file change nothing; a version that cannot
    /// be read is kept as failed and the article stays as it was; one whose text another article has is a duplicate.
    /// </summary>
    public async Task<ImportResult> StoreNewVersionAsync(int articleId, IncomingFile file, string receivedBy, CancellationToken cancellationToken)
    {
        var sha = Hashing.Sha256Hex(file.Content);
        await StoreWriteGate.Gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = contexts.CreateDbContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.SourceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == sha, cancellationToken) is { } known)
            {
                return new ImportResult(file.Name, ImportOutcome.Duplicate, known.ArticleId, known.Id, null, null, []);
            }

            var read = reader.Read(file.Content, file.Name);
            var now = clock.GetUtcNow().UtcDateTime;
            var contentHash = read.Succeeded ? ArticleMapper.ContentHash(read.Decoded!.Text) : null;
            var otherArticle = contentHash is null ? null
                : await db.Articles.Where(a => a.ContentHash == contentHash && a.Id != articleId).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            var status = !read.Succeeded ? SourceFileStatus.Failed : otherArticle is not null ? SourceFileStatus.Duplicate : SourceFileStatus.Imported;
            var source = ReceivedFiles.Row(file, sha, read.Decoded?.EncodingName, read.Error, status, receivedBy, now);
            source.ArticleId = status == SourceFileStatus.Failed ? null : otherArticle ?? articleId;
            db.SourceFiles.Add(source);
            await db.SaveChangesAsync(cancellationToken);
            if (status == SourceFileStatus.Imported)
            {
                await db.SourceFiles.Where(f => f.ArticleId == articleId && f.Id != source.Id && f.Status == SourceFileStatus.Imported)
                    .ExecuteUpdateAsync(f => f.SetProperty(x => x.Status, SourceFileStatus.Superseded), cancellationToken);
                var article = await ArticleRebuilder.LoadAsync(db, articleId, cancellationToken);
                (article.SourceFileId, article.ContentHash) = (source.Id, contentHash!);
                await ArticleRebuilder.RebuildAsync(db, article, read, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return status switch
            {
                SourceFileStatus.Failed => new ImportResult(file.Name, ImportOutcome.Failed, null, source.Id, null, read.Error, []),
                SourceFileStatus.Duplicate => new ImportResult(file.Name, ImportOutcome.Duplicate, otherArticle, source.Id, read.Article?.Headline, null, read.Warnings),
                _ => new ImportResult(file.Name, ImportOutcome.Updated, articleId, source.Id, read.Article?.Headline, null, read.Warnings),
            };
        }
        finally
        {
            StoreWriteGate.Gate.Release();
        }
    }

    /// <summary>Re-parses one stored file.</summary>
    public async Task<(ReparseOutcome Outcome, int? ArticleId, string FileName, string? Error)> ReparseFileAsync(int sourceFileId, CancellationToken cancellationToken)
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
}

using DiplomacyPortal.Data.Entities;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// What each file of a batch is, decided before anything is written: failed, a file received before, a copy of a
/// stored article, a copy of an earlier file of this batch, or a new article. The writer then writes the source
/// rows and new articles it lists and asks it for each file's answer.
/// </summary>
internal sealed class BatchPlan
{
    private readonly IReadOnlyList<PreparedFile> _files;

    // Answers known before writing (files received before), by position in the batch.
    private readonly ImportResult?[] _answered;

    // The source row to write for each file, null for a file received before or a second copy in the batch.
    private readonly SourceFile?[] _sources;

    // The position of the first copy of each file's bytes in the batch.
    private readonly Dictionary<string, int> _firstCopy = [];

    private BatchPlan(IReadOnlyList<PreparedFile> files)
    {
        _files = files;
        _answered = new ImportResult?[files.Count];
        _sources = new SourceFile?[files.Count];
    }

    /// <summary>The batch's new articles by content hash: the first file of each that neither the store nor an earlier file of the batch holds.</summary>
    public Dictionary<string, PreparedFile> NewArticles { get; } = [];

    /// <summary>The source rows to write, one per distinct file not received before.</summary>
    public IEnumerable<SourceFile> SourceRows => _sources.OfType<SourceFile>();

    /// <summary>Decides what each file is from the stored files and articles with the same hashes.</summary>
    public static async Task<BatchPlan> DecideAsync(PortalDbContext db, IReadOnlyList<PreparedFile> files, string receivedBy, DateTime now, CancellationToken cancellationToken)
    {
        Dictionary<string, StoredFile> knownFiles;
        Dictionary<string, int> knownArticles;
        using (var stored = new StoredCopies(db))
        {
            knownFiles = await stored.FilesAsync(files.Select(f => f.Sha256), cancellationToken);
            knownArticles = await stored.ArticlesAsync(files.Select(f => f.ContentHash).OfType<string>(), cancellationToken);
        }

        var plan = new BatchPlan(files);
        for (var i = 0; i < files.Count; i++)
        {
            var (file, read, sha, hash) = (files[i].File, files[i].Read, files[i].Sha256, files[i].ContentHash);
            if (knownFiles.TryGetValue(sha, out var known))
            {
                plan._answered[i] = known.Status == SourceFileStatus.Failed
                    ? new ImportResult(file.Name, ImportOutcome.Failed, null, known.Id, null, $"This file was received before and failed: {known.Error}", [])
                    : new ImportResult(file.Name, ImportOutcome.Duplicate, known.ArticleId, known.Id, read.Headline, null, read.Warnings);
                continue;
            }

            if (!plan._firstCopy.TryAdd(sha, i))
            {
                continue; // the same bytes twice in one batch: answered from the first copy
            }

            var status = hash is null ? SourceFileStatus.Failed
                : knownArticles.ContainsKey(hash) || plan.NewArticles.ContainsKey(hash) ? SourceFileStatus.Duplicate
                : SourceFileStatus.Imported;
            if (status == SourceFileStatus.Imported)
            {
                plan.NewArticles[hash!] = files[i];
            }

            var source = ReceivedFiles.Row(file, sha, read.EncodingName, read.Error, status, receivedBy, now);
            source.ArticleId = hash is not null && knownArticles.TryGetValue(hash, out var storedId) ? storedId : null;
            plan._sources[i] = source;
        }

        return plan;
    }

    /// <summary>The source row written for a new article's file (its id is known once the rows are written).</summary>
    public SourceFile SourceOf(PreparedFile file) => _sources[_firstCopy[file.Sha256]]!;

    /// <summary>
    /// Points each file that gave or repeated a new article at it, once the articles are written; returns the
    /// source rows that point at an article, to be updated in the store.
    /// </summary>
    public List<SourceFile> PointAtNewArticles()
    {
        for (var i = 0; i < _files.Count; i++)
        {
            if (_sources[i] is { ArticleId: null } source && _files[i].ContentHash is { } hash && NewArticles.TryGetValue(hash, out var origin))
            {
                source.ArticleId = origin.Article!.Id;
            }
        }

        return [.. SourceRows.Where(s => s.ArticleId is not null && s.Status != SourceFileStatus.Failed)];
    }

    /// <summary>Each file's answer, in the batch's order, once the batch is written.</summary>
    public IReadOnlyList<ImportResult> Answers()
    {
        var answers = new ImportResult[_files.Count];
        for (var i = 0; i < _files.Count; i++)
        {
            var (file, read) = (_files[i].File, _files[i].Read);
            var source = _sources[i] ?? _sources[_firstCopy.GetValueOrDefault(_files[i].Sha256, i)];
            answers[i] = _answered[i] ?? source!.Status switch
            {
                SourceFileStatus.Failed => new ImportResult(file.Name, ImportOutcome.Failed, null, source.Id, null, read.Error, []),
                SourceFileStatus.Imported when _sources[i] is not null => new ImportResult(file.Name, ImportOutcome.Imported, source.ArticleId, source.Id, read.Headline, null, read.Warnings),
                _ => new ImportResult(file.Name, ImportOutcome.Duplicate, source.ArticleId, source.Id, read.Headline, null, read.Warnings),
            };
        }

        return answers;
    }
}

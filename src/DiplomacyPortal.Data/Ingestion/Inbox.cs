using System.Globalization;
using Microsoft.Extensions.Logging;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>What one pass over the inbox did.</summary>
public sealed record InboxPass(int Imported, int Duplicates, int Failed, int Waiting);

/// <summary>
/// A folder into which people and programs drop article files (.txt, .html) and .zip archives of them. Each file that
/// has settled (its size and time unchanged for <see cref="SettleTime"/>) is imported, then moved to
/// <c>done/YYYY-MM-DD/</c>, or to <c>failed/</c> with a <c>NAME.reason.txt</c> beside it. A file is moved only after its
/// bytes are in the store, so a crash at any moment loses nothing: the next pass imports it again, finds it stored
/// (a duplicate, not a second article) and moves it. Other files (a download still named .part, a hidden file) are
/// left where they are.
/// </summary>
public sealed partial class Inbox(string folder, TimeSpan settleTime, ArticleIngestor ingestor, TimeProvider clock, ILogger<Inbox> logger)
{
    /// <summary>Who the store records as having sent the files.</summary>
    public const string ReceivedBy = "inbox";

    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".zip"];

    /// <summary>Size and time of each waiting file at the previous pass: a file is ready when neither changed since.</summary>
    private readonly Dictionary<string, (long Size, DateTime Written)> _seen = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.GetFullPath(folder);

    public TimeSpan SettleTime { get; } = settleTime;

    public string DoneFolder => Path.Combine(Folder, "done");

    public string FailedFolder => Path.Combine(Folder, "failed");

    /// <summary>Imports and moves every settled file; files still being written wait for a later pass.</summary>
    public async Task<InboxPass> ProcessAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        int imported = 0, duplicates = 0, failed = 0, waiting = 0;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Folder).Where(IsArticleFile).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            present.Add(file);
            if (!HasSettled(file))
            {
                waiting++;
                continue;
            }

            var results = await ImportAsync(file, cancellationToken);
            if (results is null)
            {
                waiting++;
                continue;
            }

            imported += results.Count(r => r.Outcome == ImportOutcome.Imported);
            duplicates += results.Count(r => r.Outcome == ImportOutcome.Duplicate);
            failed += results.Count(r => r.Outcome == ImportOutcome.Failed);
            Move(file, results);
            _seen.Remove(file);
        }

        foreach (var gone in _seen.Keys.Where(f => !present.Contains(f)).ToList())
        {
            _seen.Remove(gone);
        }

        return new InboxPass(imported, duplicates, failed, waiting);
    }

    private static bool IsArticleFile(string file) =>
        !Path.GetFileName(file).StartsWith('.') && ArticleExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the file's size and time are those of the previous pass and at least <see cref="SettleTime"/> old.</summary>
    private bool HasSettled(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            return false;
        }

        var now = (info.Length, info.LastWriteTimeUtc);
        var settled = _seen.TryGetValue(file, out var before) && before == now && clock.GetUtcNow().UtcDateTime - info.LastWriteTimeUtc >= SettleTime;
        _seen[file] = now;
        return settled;
    }

    /// <summary>The file's results once stored; null when it cannot be read yet (held open by its writer, or gone).</summary>
    private async Task<IReadOnlyList<ImportResult>?> ImportAsync(string file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (IOException)
        {
            return null;
        }

        var name = Path.GetFileName(file);
        if (!ZipExpander.IsZip(name))
        {
            return await ingestor.ImportBatchAsync([new IncomingFile(name, bytes)], ReceivedBy, cancellationToken);
        }

        using var archive = new MemoryStream(bytes);
        var (entries, error) = ZipExpander.Expand(archive, name, ZipLimits.Upload);
        if (error is not null)
        {
            return [new ImportResult(name, ImportOutcome.Failed, null, null, null, $"{error} (larger archives go through the CLI: diplomacy import)", [])];
        }

        var results = new List<ImportResult>();
        await ingestor.ImportManyAsync(entries.Select(e => new IncomingFile(e.Name, e.Content)), ReceivedBy, results.Add, cancellationToken: cancellationToken);
        return results.Count == 0 ? [new ImportResult(name, ImportOutcome.Failed, null, null, null, "The archive holds no files.", [])] : results;
    }

    /// <summary>
    /// Moves a stored file out of the inbox: to failed/ when nothing in it could be imported, else to done/ of the day;
    /// the reasons of any failure written beside it.
    /// </summary>
    private void Move(string file, IReadOnlyList<ImportResult> results)
    {
        var allFailed = results.All(r => r.Outcome == ImportOutcome.Failed);
        var target = allFailed ? FailedFolder : Path.Combine(DoneFolder, clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(target);
        var destination = FreeName(Path.Combine(target, Path.GetFileName(file)));
        try
        {
            File.Move(file, destination);
        }
        catch (FileNotFoundException)
        {
            // Another portal watching the same folder moved it first; the store holds it once either way.
            return;
        }

        var failures = results.Where(r => r.Outcome == ImportOutcome.Failed).Select(r => $"{r.FileName}: {r.Reason}").ToList();
        if (failures.Count > 0)
        {
            File.WriteAllLines(destination + ".reason.txt", failures);
        }

        var (name, stored) = (Path.GetFileName(file), results.Count(r => r.Outcome == ImportOutcome.Imported));
        LogMoved(logger, name, destination, stored, failures.Count);
    }

    /// <summary>The path itself when free, else NAME-2.EXT, NAME-3.EXT…: a file dropped twice keeps both copies.</summary>
    private static string FreeName(string path)
    {
        var (folder, stem, extension) = (Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path), Path.GetExtension(path));
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{stem}-{n}{extension}");
        }

        return path;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox {File}: moved to {Destination} ({Imported} imported, {Failed} failed)")]
    private static partial void LogMoved(ILogger logger, string file, string destination, int imported, int failed);
}

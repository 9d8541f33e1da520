using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>Limits on what a zip archive may hold.</summary>
/// <param name="MaxEntries">Entries at most.</param>
/// <param name="MaxEntryBytes">Uncompressed size of one entry at most.</param>
/// <param name="MaxTotalBytes">Uncompressed size of all entries together at most (zip bombs).</param>
public sealed record ZipLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    /// <summary>The upload page's limits.</summary>
    public static ZipLimits Upload { get; } = new(2_000, 5L * 1024 * 1024, 200L * 1024 * 1024);

    /// <summary>The command line's limits: larger, the operator is trusted, but still bounded.</summary>
    public static ZipLimits CommandLine { get; } = new(1_000_000, 50L * 1024 * 1024, 20L * 1024 * 1024 * 1024);
}

/// <summary>A file taken out of an archive.</summary>
public sealed record ZipEntryFile(string Name, byte[] Content);

/// <summary>One entry of an archive as it was inflated: its content, or why it was refused.</summary>
public sealed record ZipEntryResult(string Name, byte[]? Content, string? Refusal);

/// <summary>
/// Reads article files out of a zip archive safely. What the archive declares is checked before anything is
/// inflated — the number of entries, their names (none may climb out with ../), no nested archives, each entry's
/// size and the total — so a refused archive costs nothing to unpack. Entries are then inflated one at a time,
/// and the sizes are counted again while inflating (an archive can lie about them): an entry larger than it
/// declared, or whose checksum is wrong, is refused, and inflating never passes the limits.
/// </summary>
public static class ZipExpander
{
    private static readonly string[] ArchiveExtensions = [".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz"];

    /// <summary>Whether a file name looks like a zip archive.</summary>
    public static bool IsZip(string fileName) => fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens an archive and checks what it declares; <see cref="ZipReading.Error"/> says why it is refused, else
    /// <see cref="ZipReading.Entries()"/> inflates its files one at a time.
    /// </summary>
    public static ZipReading Open(Stream archive, string archiveName, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            return new ZipReading(null, [], archiveName, limits, Damaged(archiveName, e));
        }

        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
        var error = CheckDeclared(entries, archiveName, limits);
        return new ZipReading(zip, error is null ? entries : [], archiveName, limits, error);
    }

    /// <summary>Expands a whole archive (the command line's imports): all its files, or why it is refused.</summary>
    public static (List<ZipEntryFile> Files, string? Error) Expand(Stream archive, string archiveName, ZipLimits limits)
    {
        using var reading = Open(archive, archiveName, limits);
        if (reading.Error is not null)
        {
            return ([], reading.Error);
        }

        var files = new List<ZipEntryFile>();
        foreach (var entry in reading.Entries())
        {
            if (entry.Refusal is not null)
            {
                return ([], entry.Refusal);
            }

            files.Add(new ZipEntryFile(entry.Name, entry.Content!));
        }

        return (files, null);
    }

    private static string? CheckDeclared(List<ZipArchiveEntry> entries, string archiveName, ZipLimits limits)
    {
        if (entries.Count > limits.MaxEntries)
        {
            return $"The archive {archiveName} holds {entries.Count} files; at most {limits.MaxEntries} are accepted.";
        }

        long declared = 0;
        foreach (var entry in entries)
        {
            if (!IsSafeName(entry.FullName))
            {
                return $"The archive {archiveName} has an entry whose name leaves the archive's folder ({entry.FullName}); it was refused.";
            }

            if (ArchiveExtensions.Any(x => entry.FullName.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
            {
                return $"The archive {archiveName} contains another archive ({entry.FullName}); nested archives are not accepted.";
            }

            declared += entry.Length;
            if (entry.Length > limits.MaxEntryBytes || declared > limits.MaxTotalBytes)
            {
                return TooLarge(archiveName, entry.FullName, limits);
            }
        }

        return null;
    }

    internal static string TooLarge(string archiveName, string entryName, ZipLimits limits) =>
        $"The archive {archiveName} unpacks to more than allowed ({entryName} is too large, or all files together exceed {Megabytes(limits.MaxTotalBytes)}); it was refused.";

    internal static string Damaged(string archiveName, Exception e) => $"The archive {archiveName} is damaged or not a zip file: {e.Message}";

    private static bool IsSafeName(string name) =>
        !Path.IsPathRooted(name) && !name.Contains('\\', StringComparison.Ordinal) && !name.Split('/').Any(part => part is ".." || part.Contains(':', StringComparison.Ordinal));

    /// <summary>A size in megabytes for a message: 5 MB, 1.5 MB.</summary>
    internal static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");
}

/// <summary>An archive opened for reading: its refusal, or its entries to inflate one at a time.</summary>
public sealed class ZipReading : IDisposable
{
    private readonly ZipArchive? _zip;
    private readonly List<ZipArchiveEntry> _entries;
    private readonly string _archiveName;
    private readonly ZipLimits _limits;

    internal ZipReading(ZipArchive? zip, List<ZipArchiveEntry> entries, string archiveName, ZipLimits limits, string? error)
    {
        _zip = zip;
        _entries = entries;
        _archiveName = archiveName;
        _limits = limits;
        Error = error;
    }

    /// <summary>Why the whole archive is refused, or null.</summary>
    public string? Error { get; }

    /// <summary>
    /// Inflates the entries one at a time, lazily, so that only one is in memory; each is checked against its
    /// declared size, its checksum and what is left of the limits.
    /// </summary>
    public IEnumerable<ZipEntryResult> Entries() => Entries(_ => null);

    /// <summary>
    /// As <see cref="Entries()"/>, but an entry <paramref name="refusal"/> gives a reason for (by its name) is refused
    /// without being inflated.
    /// </summary>
    public IEnumerable<ZipEntryResult> Entries(Func<string, string?> refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var remaining = _limits.MaxTotalBytes;
        foreach (var entry in _entries)
        {
            var name = $"{_archiveName}/{entry.FullName}";
            if (refusal(entry.FullName) is { } reason)
            {
                yield return new ZipEntryResult(name, null, reason);
                continue;
            }

            byte[]? content;
            string? refused;
            try
            {
                (content, refused) = Inflate(entry, Math.Min(_limits.MaxEntryBytes, remaining));
            }
            catch (InvalidDataException e)
            {
                (content, refused) = (null, ZipExpander.Damaged(_archiveName, e));
            }

            if (content is not null)
            {
                remaining -= content.Length;
            }

            yield return new ZipEntryResult(name, content, refused);
        }
    }

    public void Dispose() => _zip?.Dispose();

    /// <summary>Inflates one entry, reading no more than it declared (and one byte to tell whether it lied) within the limit.</summary>
    private (byte[]? Content, string? Refusal) Inflate(ZipArchiveEntry entry, long limit)
    {
        if (entry.Length > limit)
        {
            return (null, ZipExpander.TooLarge(_archiveName, entry.FullName, _limits));
        }

        var content = new byte[entry.Length];
        using var input = entry.Open();
        var read = 0;
        while (read < content.Length)
        {
            var n = input.Read(content, read, content.Length - read);
            if (n == 0)
            {
                return (null, $"The archive {_archiveName} says {entry.FullName} holds {entry.Length} bytes but it holds {read}; it was refused.");
            }

            read += n;
        }

        Span<byte> extra = stackalloc byte[1];
        if (input.Read(extra) > 0 || Crc32.HashToUInt32(content) != entry.Crc32)
        {
            return (null, $"The archive {_archiveName} gives {entry.FullName} a size or checksum its content does not match (it holds more than it says, or it is damaged); it was refused.");
        }

        return (content, null);
    }
}

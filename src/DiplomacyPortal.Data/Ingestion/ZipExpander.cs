using System.IO.Compression;

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

/// <summary>A file taken out of an archive, or the reason the archive was refused.</summary>
public sealed record ZipEntryFile(string Name, byte[] Content);

/// <summary>
/// Reads article files out of a zip archive safely: a bounded number of entries, bounded sizes counted while
/// inflating (the sizes an archive declares can lie), no nested archives and no entry names that climb out
/// of the archive (../). A refused archive yields nothing: the reason comes back instead.
/// </summary>
public static class ZipExpander
{
    private static readonly string[] ArchiveExtensions = [".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz"];

    /// <summary>Whether a file name looks like a zip archive.</summary>
    public static bool IsZip(string fileName) => fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Expands an archive fully in memory, or returns why it is refused.</summary>
    public static (List<ZipEntryFile> Files, string? Error) Expand(Stream archive, string archiveName, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var files = new List<ZipEntryFile>();
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > limits.MaxEntries)
            {
                return ([], $"The archive {archiveName} holds {entries.Count} files; at most {limits.MaxEntries} are accepted.");
            }

            long total = 0;
            foreach (var entry in entries)
            {
                if (!IsSafeName(entry.FullName))
                {
                    return ([], $"The archive {archiveName} has an entry whose name leaves the archive's folder ({entry.FullName}); it was refused.");
                }

                if (ArchiveExtensions.Any(x => entry.FullName.EndsWith(x, StringComparison.OrdinalIgnoreCase)))
                {
                    return ([], $"The archive {archiveName} contains another archive ({entry.FullName}); nested archives are not accepted.");
                }

                var content = ReadBounded(entry, limits.MaxEntryBytes, limits.MaxTotalBytes - total);
                if (content is null)
                {
                    return ([], $"The archive {archiveName} unpacks to more than allowed ({entry.FullName} is too large, or all files together exceed {limits.MaxTotalBytes / (1024 * 1024)} MB); it was refused.");
                }

                total += content.Length;
                files.Add(new ZipEntryFile($"{archiveName}/{entry.FullName}", content));
            }

            return (files, null);
        }
        catch (InvalidDataException e)
        {
            return ([], $"The archive {archiveName} is damaged or not a zip file: {e.Message}");
        }
    }

    private static bool IsSafeName(string name) =>
        !Path.IsPathRooted(name) && !name.Contains('\\', StringComparison.Ordinal) && !name.Split('/').Any(part => part is ".." || part.Contains(':', StringComparison.Ordinal));

    /// <summary>Inflates an entry, stopping as soon as it passes either bound; null when it does.</summary>
    private static byte[]? ReadBounded(ZipArchiveEntry entry, long maxEntry, long remaining)
    {
        var limit = Math.Min(maxEntry, remaining);
        if (entry.Length > limit)
        {
            return null;
        }

        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > limit)
            {
                return null;
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}

using System.Globalization;
using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>The limits of the upload page.</summary>
/// <param name="MaxFileBytes">One file (or one file inside an archive) at most.</param>
/// <param name="MaxRequestBytes">One upload, all files together, at most.</param>
/// <param name="Zip">What an archive may hold.</param>
/// <param name="MaxUnpackedBytes">What one upload may come to once its archives are unpacked, all together.</param>
public sealed record UploadLimits(long MaxFileBytes, long MaxRequestBytes, ZipLimits Zip, long MaxUnpackedBytes)
{
    public const long DefaultMaxFileBytes = 5L * 1024 * 1024;
    public const long DefaultMaxRequestBytes = 100L * 1024 * 1024;
    public const long DefaultMaxUnpackedBytes = 200L * 1024 * 1024;

    public static UploadLimits Default { get; } = new(DefaultMaxFileBytes, DefaultMaxRequestBytes, ZipLimits.Upload, DefaultMaxUnpackedBytes);
}

/// <summary>A file the upload refused, and why, in plain words.</summary>
public sealed record RefusedFile(string FileName, string Reason);

/// <summary>A file as the browser sent it: its name, its length and a way to read it.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> Open);

/// <summary>
/// Decides which uploaded files are article files worth storing: .txt and .html files within the size limit
/// that decode as text, and such files inside a safe .zip archive. Everything else is refused with its
/// reason and never reaches the store. Files come out one at a time, as they are read and unpacked, so that an
/// upload is never held in memory whole; all of them together may come to <see cref="UploadLimits.MaxUnpackedBytes"/>.
/// </summary>
public static class UploadScreening
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm"];

    /// <summary>The accepted files, lazily; each refused one is added to <paramref name="refused"/> as it is met.</summary>
    public static IEnumerable<IncomingFile> Screen(IEnumerable<UploadedFile> files, UploadLimits limits, ICollection<RefusedFile> refused)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(refused);
        var remaining = limits.MaxUnpackedBytes;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length > limits.MaxFileBytes)
            {
                refused.Add(new RefusedFile(name, $"The file is {Megabytes(file.Length)}; a file may be at most {Megabytes(limits.MaxFileBytes)}."));
            }
            else if (ZipExpander.IsZip(name))
            {
                using var stream = file.Open();
                using var archive = ZipExpander.Open(stream, name, limits.Zip with { MaxTotalBytes = Math.Min(limits.Zip.MaxTotalBytes, remaining) });
                if (archive.Error is not null)
                {
                    refused.Add(new RefusedFile(name, archive.Error));
                    continue;
                }

                // Only article files are inflated; every byte inflated counts against the upload, taken or not.
                foreach (var entry in archive.Entries(name => IsArticleFile(name) ? null : "Only article files (.txt, .html) are taken from an archive."))
                {
                    remaining -= entry.Content?.Length ?? 0;
                    if (entry.Refusal is not null)
                    {
                        refused.Add(new RefusedFile(entry.Name, entry.Refusal));
                    }
                    else if (Admit(entry.Name, entry.Content!, refused) is { } accepted)
                    {
                        yield return accepted;
                    }
                }
            }
            else if (!IsArticleFile(name))
            {
                refused.Add(new RefusedFile(name, "Only article files (.txt, .html) and .zip archives of them are accepted."));
            }
            else if (file.Length > remaining)
            {
                refused.Add(new RefusedFile(name, $"The upload comes to more than {Megabytes(limits.MaxUnpackedBytes)} once unpacked; upload the rest separately."));
            }
            else
            {
                using var stream = file.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                remaining -= buffer.Length;
                if (Admit(name, buffer.ToArray(), refused) is { } accepted)
                {
                    yield return accepted;
                }
            }
        }
    }

    private static IncomingFile? Admit(string name, byte[] content, ICollection<RefusedFile> refused)
    {
        if (!IsArticleFile(name))
        {
            refused.Add(new RefusedFile(name, "Only article files (.txt, .html) are taken from an archive."));
            return null;
        }

        var decoded = TextDecoder.Decode(content); // the rule every way in applies: text, and not empty
        if (!decoded.Succeeded)
        {
            refused.Add(new RefusedFile(name, decoded.Error!));
            return null;
        }

        return new IncomingFile(name, content);
    }

    private static bool IsArticleFile(string name) => ArticleExtensions.Any(x => name.EndsWith(x, StringComparison.OrdinalIgnoreCase));

    private static string Megabytes(long bytes) => ZipExpander.Megabytes(bytes);
}

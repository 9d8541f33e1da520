using System.Globalization;
using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>The limits of the upload page.</summary>
/// <param name="MaxFileBytes">One file (or one file inside an archive) at most.</param>
/// <param name="MaxRequestBytes">One upload, all files together, at most.</param>
/// <param name="Zip">What an archive may hold.</param>
public sealed record UploadLimits(long MaxFileBytes, long MaxRequestBytes, ZipLimits Zip)
{
    public const long DefaultMaxFileBytes = 5L * 1024 * 1024;
    public const long DefaultMaxRequestBytes = 100L * 1024 * 1024;

    public static UploadLimits Default { get; } = new(DefaultMaxFileBytes, DefaultMaxRequestBytes, ZipLimits.Upload);
}

/// <summary>A file the upload refused, and why, in plain words.</summary>
public sealed record RefusedFile(string FileName, string Reason);

/// <summary>A file as the browser sent it: its name, its length and a way to read it.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> Open);

/// <summary>
/// Decides which uploaded files are article files worth storing: .txt and .html files within the size limit
/// that decode as text, and such files inside a safe .zip archive. Everything else is refused with its
/// reason and never reaches the store.
/// </summary>
public static class UploadScreening
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm"];

    public static (List<IncomingFile> Accepted, List<RefusedFile> Refused) Screen(IEnumerable<UploadedFile> files, UploadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(limits);
        var accepted = new List<IncomingFile>();
        var refused = new List<RefusedFile>();
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
                var (entries, error) = ZipExpander.Expand(stream, name, limits.Zip);
                if (error is not null)
                {
                    refused.Add(new RefusedFile(name, error));
                }

                foreach (var entry in entries)
                {
                    Admit(entry.Name, entry.Content, accepted, refused);
                }
            }
            else if (!IsArticleFile(name))
            {
                refused.Add(new RefusedFile(name, "Only article files (.txt, .html) and .zip archives of them are accepted."));
            }
            else
            {
                using var stream = file.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                Admit(name, buffer.ToArray(), accepted, refused);
            }
        }

        return (accepted, refused);
    }

    private static void Admit(string name, byte[] content, List<IncomingFile> accepted, List<RefusedFile> refused)
    {
        if (!IsArticleFile(name))
        {
            refused.Add(new RefusedFile(name, "Only article files (.txt, .html) are taken from an archive."));
            return;
        }

        var decoded = TextDecoder.Decode(content); // the rule every way in applies: text, and not empty
        if (!decoded.Succeeded)
        {
            refused.Add(new RefusedFile(name, decoded.Error!));
        }
        else
        {
            accepted.Add(new IncomingFile(name, content));
        }
    }

    private static bool IsArticleFile(string name) => ArticleExtensions.Any(x => name.EndsWith(x, StringComparison.OrdinalIgnoreCase));

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");
}

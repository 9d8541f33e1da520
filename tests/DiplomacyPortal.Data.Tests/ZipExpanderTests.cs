using System.IO.Compression;
using DiplomacyPortal.Data.Ingestion;

namespace DiplomacyPortal.Data.Tests;

public sealed class ZipExpanderTests
{
    private static MemoryStream Zip(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Expands_the_files_of_an_archive_with_their_paths()
    {
        var (files, error) = ZipExpander.Expand(Zip(("a/1.txt", [1, 2]), ("2.html", [3])), "batch.zip", ZipLimits.Upload);

        Assert.Null(error);
        Assert.Equal(["batch.zip/a/1.txt", "batch.zip/2.html"], files.Select(f => f.Name));
    }

    [Fact]
    public void A_zip_bomb_is_refused_while_inflating()
    {
        var limits = new ZipLimits(10, 1024 * 1024, 2 * 1024 * 1024);

        var (files, error) = ZipExpander.Expand(Zip(("a.txt", new byte[1500 * 1024]), ("b.txt", new byte[1000 * 1024])), "bomb.zip", limits);

        Assert.Empty(files);
        Assert.Contains("unpacks to more than allowed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_entries_nested_archives_and_climbing_names_are_refused()
    {
        var many = Enumerable.Range(0, 11).Select(i => ($"{i}.txt", new byte[] { 1 })).ToArray();

        Assert.Contains("at most 10", ZipExpander.Expand(Zip(many), "many.zip", new ZipLimits(10, 1000, 10_000)).Error, StringComparison.Ordinal);
        Assert.Contains("nested archives", ZipExpander.Expand(Zip(("inner.zip", [1])), "outer.zip", ZipLimits.Upload).Error, StringComparison.Ordinal);
        Assert.Contains("leaves the archive", ZipExpander.Expand(Zip(("../x.txt", [1])), "evil.zip", ZipLimits.Upload).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_archive_is_reported_not_thrown()
    {
        var (files, error) = ZipExpander.Expand(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]), "broken.zip", ZipLimits.Upload);

        Assert.Empty(files);
        Assert.Contains("damaged", error, StringComparison.Ordinal);
    }
}

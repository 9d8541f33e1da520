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

    [Fact]
    public void An_archive_that_declares_too_much_is_refused_before_anything_is_inflated()
    {
        var noise = new byte[512 * 1024];
        new Random(1).NextBytes(noise); // incompressible: the archive is as large as what it holds
        var bomb = Zip(("noise.txt", noise));
        var counting = new CountingStream(bomb);

        using var reading = ZipExpander.Open(counting, "big.zip", new ZipLimits(10, 100 * 1024, 200 * 1024));

        Assert.Contains("unpacks to more than allowed", reading.Error, StringComparison.Ordinal);
        Assert.Empty(reading.Entries());
        Assert.True(counting.BytesRead < bomb.Length / 10, $"read {counting.BytesRead} of {bomb.Length} bytes");
    }

    [Fact]
    public void An_entry_larger_than_it_declares_is_refused_not_cut_short()
    {
        var content = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("越南与老挝加强合作。\n", 200)));
        var archive = Zip(("liar.txt", content), ("honest.txt", [0x41]));
        DeclareSize(archive, "liar.txt", content.Length / 2);

        using var reading = ZipExpander.Open(archive, "liar.zip", ZipLimits.Upload);
        var entries = reading.Entries().ToList();

        Assert.Null(reading.Error);
        Assert.Null(entries[0].Content);
        Assert.Contains("does not match", entries[0].Refusal, StringComparison.Ordinal);
        Assert.Equal([0x41], entries[1].Content);
    }

    /// <summary>Rewrites an entry's uncompressed size in the local header and the central directory.</summary>
    private static void DeclareSize(MemoryStream archive, string name, int size)
    {
        var bytes = archive.GetBuffer();
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < archive.Length; i++)
        {
            var isLocal = bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04;
            var isCentral = bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02;
            var (sizeAt, nameAt) = isLocal ? (22, 30) : isCentral ? (24, 46) : (-1, -1);
            if (sizeAt >= 0 && bytes.AsSpan(i + nameAt, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + sizeAt, 4), size);
            }
        }
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

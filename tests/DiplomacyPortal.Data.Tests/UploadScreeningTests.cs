using System.IO.Compression;
using System.Text;
using DiplomacyPortal.Data.Ingestion;

namespace DiplomacyPortal.Data.Tests;

/// <summary>An upload is screened one file at a time, and all of it together unpacks to a bounded size.</summary>
public sealed class UploadScreeningTests
{
    private static readonly UploadLimits Small = new(1024 * 1024, 10 * 1024 * 1024, new ZipLimits(100, 100 * 1024, 150 * 1024), 200 * 1024);

    private static byte[] ZipOf(string name, int bytes)
    {
        var text = Encoding.UTF8.GetBytes(new string('越', bytes / 3));
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(text);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Archives_that_together_unpack_past_the_uploads_limit_are_refused_once_it_is_reached()
    {
        var zips = Enumerable.Range(1, 3).Select(i => ZipOf($"{i}.txt", 90 * 1024)).ToList();
        var refused = new List<RefusedFile>();

        var accepted = UploadScreening.Screen(zips.Select((z, i) => new UploadedFile($"{i + 1}.zip", z.Length, () => new MemoryStream(z))), Small, refused).ToList();

        Assert.Equal(["1.zip/1.txt", "2.zip/2.txt"], accepted.Select(a => a.Name));
        Assert.Equal("3.zip", Assert.Single(refused).FileName);
        Assert.Contains("unpacks to more than allowed", refused[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_read_only_as_they_are_taken()
    {
        var opened = new List<string>();
        string[] names = ["a.txt", "b.txt"];
        var files = names.Select(name => new UploadedFile(name, 12, () =>
        {
            opened.Add(name);
            return new MemoryStream(Encoding.UTF8.GetBytes("越南与老挝加强合作"));
        }));

        var first = UploadScreening.Screen(files, Small, new List<RefusedFile>()).First();

        Assert.Equal("a.txt", first.Name);
        Assert.Equal(["a.txt"], opened);
    }
}

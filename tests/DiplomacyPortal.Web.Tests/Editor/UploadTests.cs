using System.IO.Compression;
using System.Net;
using System.Text;

namespace DiplomacyPortal.Web.Tests.Editor;

public sealed class UploadTests
{
    private static readonly string[] SeedPrefixes = ["000", "001", "002", "003", "004"];

    [Fact]
    public async Task Each_seed_uploaded_by_an_editor_is_imported_and_again_is_a_duplicate()
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var editor = await portal.SignedInAsync("editor");
        var files = SeedPrefixes.Select(p => (Path.GetFileName(Uploads.SeedPath(p)), File.ReadAllBytes(Uploads.SeedPath(p)))).ToArray();

        var preview = await editor.PreviewAsync(files);
        var first = await editor.ImportAsync(preview);
        var again = await editor.PreviewAsync(files);
        var second = await editor.ImportAsync(again);

        Assert.Equal(5, preview.QuerySelectorAll("#upload-preview tbody tr").Length);
        Assert.Empty(preview.QuerySelectorAll(".duplicate-of"));
        Assert.Contains(preview.QuerySelectorAll("#upload-preview td"), td => td.TextContent.Contains("越南–俄罗斯", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Repeat("result-imported", 5), Uploads.ResultClasses(first));
        Assert.Equal(5, again.QuerySelectorAll(".duplicate-of").Length);
        Assert.Equal(Enumerable.Repeat("result-duplicate", 5), Uploads.ResultClasses(second));
        Assert.Equal((5, 5, 0), await portal.StoreCountsAsync());
    }

    [Fact]
    public async Task Only_the_files_left_ticked_are_imported_and_the_others_are_dropped()
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var editor = await portal.SignedInAsync("editor");
        var preview = await editor.PreviewAsync(("a.txt", File.ReadAllBytes(Uploads.SeedPath("000"))), ("b.txt", File.ReadAllBytes(Uploads.SeedPath("004"))));

        var results = await editor.ImportAsync(preview, keep: name => name == "b.txt");

        Assert.Equal(["result-imported"], Uploads.ResultClasses(results));
        Assert.Equal((1, 1, 0), await portal.StoreCountsAsync());
    }

    [Theory]
    [InlineData("GB18030", "gb18030")]
    [InlineData("UTF-16", "utf-16le")]
    public async Task Files_in_GB18030_and_UTF16_import_with_the_right_text(string encodingName, string detected)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var portal = PortalFactory.With(seeded: false);
        using var editor = await portal.SignedInAsync("editor");
        var text = await File.ReadAllTextAsync(Uploads.SeedPath("004"));
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var preview = await editor.PreviewAsync(("russia.txt", bytes));
        var results = await editor.ImportAsync(preview);
        var link = results.QuerySelector("#import-results a")!.GetAttribute("href")!;
        var article = await editor.GetDocumentAsync(link);

        Assert.Contains(preview.QuerySelectorAll("#upload-preview td span.text-muted"), s => s.TextContent == detected);
        Assert.Equal("越南政府副总理兼外交部部长范平明与俄罗斯外交部部长举行会谈", article.QuerySelector("h1")!.TextContent);
    }

    public static TheoryData<string, byte[], string> RefusedFiles => new()
    {
        { "escape.zip", Zip(("../../etc/evil.txt", "越中会谈"u8.ToArray())), "leaves the archive" },
        { "bomb.zip", Zip(("zeros.txt", new byte[64 * 1024 * 1024])), "more than allowed" },
        { "nested.zip", Zip(("inner.zip", Zip(("a.txt", "越中会谈"u8.ToArray()))) ), "nested archives" },
        { "huge.txt", Encoding.UTF8.GetBytes(new string('越', 2 * 1024 * 1024)), "at most 5 MB" },
        { "photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 2, 0, 0, 0], "not text" },
        { "program.exe", [0x4D, 0x5A, 0x90, 0], "Only article files" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Unsafe_or_unreadable_files_are_refused_with_their_reason_and_change_nothing(string name, byte[] content, string reason)
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var editor = await portal.SignedInAsync("editor");
        var before = await portal.StoreCountsAsync();

        var preview = await editor.PreviewAsync((name, content));

        var refusal = preview.QuerySelectorAll("#refused-files li").Single();
        Assert.StartsWith(name, refusal.TextContent, StringComparison.Ordinal);
        Assert.Contains(reason, refusal.TextContent, StringComparison.Ordinal);
        Assert.Null(preview.QuerySelector("#import-form"));
        Assert.Equal(before, await portal.StoreCountsAsync());
    }

    [Fact]
    public async Task A_request_over_the_upload_limit_is_refused_with_413_before_it_is_read()
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var editor = await portal.SignedInAsync("editor");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await editor.AntiforgeryTokenAsync("/upload")), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[102 * 1024 * 1024]), "files", "big.txt" },
        };

        var response = await editor.PostAsync(new Uri("/upload?handler=Preview", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("100 MB", (await response.DocumentAsync()).QuerySelector("#status-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await portal.StoreCountsAsync());
    }

    [Fact]
    public async Task A_request_sent_in_chunks_over_the_upload_limit_is_refused_with_413()
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var editor = await portal.SignedInAsync("editor");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await editor.AntiforgeryTokenAsync("/upload")), "__RequestVerificationToken" },
            { new StreamContent(new UnsizedStream(102 * 1024 * 1024)), "files", "big.txt" }, // no length: sent chunked
        };

        var response = await editor.PostAsync(new Uri("/upload?handler=Preview", UriKind.Relative), content);

        Assert.Null(response.RequestMessage!.Content!.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal((0, 0, 0), await portal.StoreCountsAsync());
    }

    /// <summary>Letters, as many as asked, from a stream that cannot tell its length.</summary>
    private sealed class UnsizedStream(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task An_uploaded_article_with_markup_shows_it_as_text()
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var editor = await portal.SignedInAsync("editor");
        var text = "越柬外长<script>alert('upload')</script>举行会谈\n\n越通社金边——双方同意加强合作。(完)\n";

        var preview = await editor.PreviewAsync(("hostile.txt", Encoding.UTF8.GetBytes(text)));
        var results = await editor.ImportAsync(preview);
        var article = await editor.GetDocumentAsync(results.QuerySelector("#import-results a")!.GetAttribute("href")!);

        Assert.Contains(preview.QuerySelectorAll("#upload-preview td"), td => td.TextContent.Contains("<script>alert('upload')</script>", StringComparison.Ordinal));
        Assert.Equal("越柬外长<script>alert('upload')</script>举行会谈", article.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(preview.QuerySelectorAll("script").Concat(results.QuerySelectorAll("script")).Concat(article.QuerySelectorAll("script")), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_zip_of_article_files_is_previewed_file_by_file()
    {
        await using var portal = PortalFactory.With(seeded: false);
        using var editor = await portal.SignedInAsync("editor");
        var archive = Zip(("day/000.txt", File.ReadAllBytes(Uploads.SeedPath("000"))), ("day/001.txt", File.ReadAllBytes(Uploads.SeedPath("001"))));

        var preview = await editor.PreviewAsync(("day.zip", archive));
        var results = await editor.ImportAsync(preview);

        Assert.Equal(2, preview.QuerySelectorAll("#upload-preview tbody tr").Length);
        Assert.Equal(["result-imported", "result-imported"], Uploads.ResultClasses(results));
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}

using System.Text;
using System.Text.Json;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Tests.Support;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Tests.Parsing;

/// <summary>The same article parses identically whatever its encoding, line ends or punctuation width.</summary>
public sealed class EncodingAndWidthTests
{
    static EncodingAndWidthTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Encodings() => new()
    {
        { "utf-8-bom", "utf-8-bom" },
        { "utf-16le", "utf-16le" },
        { "utf-16be", "utf-16be" },
        { "gb18030", "gb18030" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_seed_in_another_encoding_parses_like_the_utf8_original(string encoding, string detectedAs)
    {
        foreach (var seed in Fixtures.Seeds)
        {
            var original = Fixtures.Read(seed);
            var bytes = Encode(Fixtures.Text(seed), encoding);

            var result = ArticleFileReader.Default.Read(bytes, seed);

            Assert.Equal(detectedAs, result.Decoded?.EncodingName);
            Assert.Equal(Report(original), Report(result));
        }
    }

    [Fact]
    public void Gbk_files_decode_as_gb18030_and_parse_like_the_utf8_original()
    {
        foreach (var seed in Fixtures.Seeds)
        {
            // GBK has no Vietnamese letters and no typographic spaces: the site's ASCII spelling of the
            // photo marker and plain spaces stand in.
            var text = TextNormalizer.Normalize(Fixtures.Text(seed)).Replace("ảnh", "hinh anh", StringComparison.Ordinal);

            var result = ArticleFileReader.Default.Read(Encode(text, "gbk"), seed);

            Assert.Equal("gb18030", result.Decoded?.EncodingName);
            Assert.Equal(Report(Read(text)), Report(result));
        }
    }

    [Fact]
    public void Crlf_and_lone_cr_line_ends_parse_like_lf()
    {
        foreach (var seed in Fixtures.Seeds)
        {
            var text = Fixtures.Text(seed);
            var original = Report(Fixtures.Read(seed));

            Assert.Equal(original, Report(Read(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
            Assert.Equal(original, Report(Read(text.Replace("\n", "\r", StringComparison.Ordinal))));
        }
    }

    [Fact]
    public void Full_width_punctuation_parses_exactly_like_half_width()
    {
        foreach (var seed in Fixtures.Seeds)
        {
            var text = Fixtures.Text(seed);
            var fullWidth = new string(text.Select(c => c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c) ? (char)(c + 0xFEE0) : c).ToArray());
            Assert.NotEqual(text, fullWidth);

            Assert.Equal(Report(Fixtures.Read(seed)), Report(Read(fullWidth)));
        }
    }

    [Fact]
    public void Decomposed_vietnamese_diacritics_still_mark_photo_lines()
    {
        var text = Fixtures.Text(Fixtures.Seed000).Normalize(NormalizationForm.FormD);

        var article = ArticleParser.Parse(text);

        Assert.Equal(1, Assert.Single(article.Images).Number);
        Assert.Empty(article.Unplaced);
    }

    private static ArticleReadResult Read(string text) => ArticleFileReader.Default.Read(Encoding.UTF8.GetBytes(text), "x");

    /// <summary>The whole parse output without the fields that name the input itself.</summary>
    private static string Report(ArticleReadResult result) =>
        JsonSerializer.Serialize(new { result.Article, result.Analysis, result.Error }, JsonDefaults.Options);

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        "gbk" => Encoding.GetEncoding(936).GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}

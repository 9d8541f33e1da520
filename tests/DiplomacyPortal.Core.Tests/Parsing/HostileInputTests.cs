using System.Text;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Tests.Support;

namespace DiplomacyPortal.Core.Tests.Parsing;

/// <summary>Hostile input never throws: it gives a result with warnings, or a clear error.</summary>
public sealed class HostileInputTests
{
    private static ArticleReadResult Read(byte[] bytes) => ArticleFileReader.Default.Read(bytes, "hostile");

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void An_empty_or_blank_file_is_refused_as_empty(byte[] bytes)
    {
        var result = Read(bytes);

        Assert.False(result.Succeeded);
        Assert.Equal("The file is empty.", result.Error);
    }

    [Fact]
    public void A_nul_deep_in_the_file_is_refused_like_one_at_its_start()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("越南与老挝加强合作。\n", 9_000)) + "\0标题");

        var result = Read(bytes);

        Assert.False(result.Succeeded);
        Assert.Contains("NUL bytes", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chinese_utf16_without_a_bom_is_read_in_its_byte_order(bool bigEndian)
    {
        var text = Fixtures.Text(Fixtures.Seed001);
        var bytes = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes(text);

        var result = Read(bytes);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", result.Decoded!.EncodingName);
        Assert.Equal("越中两国外交部长举行会谈", result.Article!.Headline);
    }

    [Fact]
    public void A_file_of_a_hundred_thousand_related_lines_gives_at_most_a_hundred_items_and_keeps_the_rest()
    {
        var text = "越老两国加强合作\n\n越通社万象——双方举行会谈。(完)\n\n更多\n\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"越南与老挝第{i}次合作\n"));

        var result = Read(Encoding.UTF8.GetBytes(text));

        Assert.True(result.Article!.Related.Count <= 100);
        Assert.Contains(result.Warnings, w => w.Contains("were read as the article", StringComparison.Ordinal));
        Assert.Equal(text.Split('\n').Count(l => l.Trim().Length > 0), result.Article.Lines.Count);
        Assert.True(result.Article.Unplaced.Count > 90_000);
    }

    [Fact]
    public void A_related_list_of_more_than_a_hundred_items_is_cut_with_a_warning()
    {
        var text = "越老两国加强合作\n\n越通社万象——双方举行会谈。(完)\n\n更多\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"越南与老挝第{i}次合作\n"));

        var result = Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(100, result.Article!.Related.Count);
        Assert.Contains(result.Warnings, w => w.Contains("more than 100 items", StringComparison.Ordinal));
        Assert.Equal(200, result.Article.Unplaced.Count);
    }

    [Fact]
    public void English_text_is_not_taken_for_utf16()
    {
        var result = Read(Encoding.UTF8.GetBytes("Vietnam and Laos hold talks\n\nHanoi - The two ministers met on Monday.\n"));

        Assert.Equal("utf-8", result.Decoded!.EncodingName);
    }

    [Fact]
    public void Control_characters_are_removed_from_the_text_with_a_warning()
    {
        var result = Read(Encoding.UTF8.GetBytes("越南与老挝\f加强\u0001合作\n\n越通社河内——双方举行会谈。\n"));

        Assert.True(result.Succeeded);
        Assert.Equal("越南与老挝加强合作", result.Article!.Headline);
        Assert.DoesNotContain(result.Decoded!.Text, c => c is '\f' or '\u0001');
        Assert.Contains(result.Warnings, w => w.StartsWith("2 control character(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_png_renamed_to_txt_is_refused_as_an_image()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        var result = Read(png);

        Assert.False(result.Succeeded);
        Assert.Contains("PNG image", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_binary_bytes_are_refused_as_not_text()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = Read(bytes);

        Assert.False(result.Succeeded);
        Assert.StartsWith("This file is not text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_cut_in_the_middle_of_its_last_character_keeps_the_text_and_warns()
    {
        var bytes = Fixtures.Bytes(Fixtures.Seed001);
        var truncated = bytes[..^2]; // the file ends in 。 (3 bytes); keep only its first byte

        var result = Read(truncated);

        Assert.True(result.Succeeded);
        Assert.Equal("utf-8", result.Decoded!.EncodingName);
        Assert.Contains(result.Warnings, w => w.Contains("cut off", StringComparison.Ordinal));
        Assert.Equal("越中两国外交部长举行会谈", result.Article!.Headline);
    }

    [Fact]
    public void Invalid_utf8_in_the_middle_that_is_no_chinese_either_is_an_error_not_mojibake()
    {
        var bytes = Encoding.UTF8.GetBytes("越南与中国举行会谈。").Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE, 0xFD }).Concat(Encoding.UTF8.GetBytes("双方同意加强合作。")).ToArray();

        var result = Read(bytes);

        Assert.False(result.Succeeded);
        Assert.Contains("could not be read as text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_megabytes_of_one_line_parse_without_throwing()
    {
        var line = string.Concat(Enumerable.Repeat("越南与中国加强合作", 1_900_000));
        var bytes = Encoding.UTF8.GetBytes(line);
        Assert.True(bytes.Length > 50_000_000);

        var result = Read(bytes);

        // Far too long for a headline: kept whole as the text, and the missing headline said.
        Assert.True(result.Succeeded);
        Assert.Null(result.Article!.Headline);
        Assert.Equal(line, Assert.Single(result.Article.Body).Text);
        Assert.Contains("No headline found.", result.Warnings);
    }

    [Fact]
    public void A_file_with_only_the_more_marker_has_no_headline_no_body_and_warnings()
    {
        var result = Read(Fixtures.Bytes("Fixtures/only-more.txt"));

        Assert.True(result.Succeeded);
        Assert.Null(result.Article!.Headline);
        Assert.Empty(result.Article.Body);
        Assert.Empty(result.Article.Related);
        Assert.Contains("No headline found.", result.Warnings);
        Assert.Equal([LineRole.SectionMarker], result.Article.Lines.Select(l => l.Role));
    }

    [Fact]
    public void Whitespace_only_lines_count_as_blank()
    {
        var text = "越中两国外交部长举行会谈\n   \n\u3000\u3000\n越通社河内——双方举行会谈。(完)\n \t \n越通社";

        var article = ArticleParser.Parse(text);

        Assert.Equal("双方举行会谈。", Assert.Single(article.Body).Text);
        Assert.Equal("越通社", article.Source);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Html_that_is_broken_still_parses()
    {
        var result = Read(Encoding.UTF8.GetBytes("<html><head><meta property='og:title' content='越老会谈'><body><p>越通社万象——双方会谈。<p><div><span>未闭合"));

        Assert.True(result.Succeeded);
        Assert.Equal("越老会谈", result.Article!.Headline);
        Assert.Equal("万象", result.Article.Dateline?.Place);
    }
}

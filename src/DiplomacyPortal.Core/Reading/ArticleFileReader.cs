using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Core.Reading;

/// <summary>One file read: decoded, parsed and analysed, or refused with a reason.</summary>
/// <param name="FileName">The name the file came with.</param>
/// <param name="Decoded">Its text and encoding; null when it could not be decoded.</param>
/// <param name="Article">The parsed structure.</param>
/// <param name="Analysis">What the article is about.</param>
/// <param name="Error">Why the file could not be read, in plain words.</param>
public sealed record ArticleReadResult(string FileName, DecodedText? Decoded, ParsedArticle? Article, ArticleAnalysis? Analysis, string? Error)
{
    /// <summary>Whether the file was read.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Parser and extractor warnings together.</summary>
    public IReadOnlyList<string> Warnings =>
        [.. Decoded?.Warnings ?? [], .. Article?.Warnings ?? [], .. Analysis?.Warnings ?? []];
}

/// <summary>The whole path from a file's bytes to an analysed article: decode, parse, extract.</summary>
public sealed class ArticleFileReader(ArticleAnalyzer analyzer)
{
    /// <summary>The shared reader over the embedded gazetteer.</summary>
    public static ArticleFileReader Default { get; } = new(ArticleAnalyzer.Default);

    /// <summary>Reads one file's bytes; never throws for bad input.</summary>
    public ArticleReadResult Read(ReadOnlySpan<byte> bytes, string fileName)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Succeeded)
        {
            return new ArticleReadResult(fileName, null, null, null, decoded.Error);
        }

        return Read(decoded.Decoded!, fileName);
    }

    /// <summary>Parses and analyses text already decoded.</summary>
    public ArticleReadResult Read(DecodedText decoded, string fileName)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        var article = ArticleParser.Parse(decoded.Text);
        var analysis = analyzer.Analyze(article);
        return new ArticleReadResult(fileName, decoded, article, analysis, null);
    }
}

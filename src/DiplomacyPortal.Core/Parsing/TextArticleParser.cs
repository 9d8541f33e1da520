using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// Parses the text of a VNA article page into its parts. The page is read in three regions: the header
/// (headline, timestamp, lead, see-also titles, photos) up to the dateline, the body up to the related
/// list, and the related list (更多 / 相关新闻). Each region is read by what its lines look like, not by
/// their position, because real pages drop and reorder parts.
/// </summary>
internal static class TextArticleParser
{
    /// <summary>The most lines read as one article; real pages, related list included, have a few hundred.</summary>
    public const int MaxLines = 5_000;

    public static ParsedArticle Parse(string text)
    {
        var lines = SourceLine.Split(TextNormalizer.Normalize(text));
        var article = new ArticleBuilder();
        if (lines.Count == 0)
        {
            article.Warn("The file is empty.");
            return article.Build(ArticleLayout.Unknown);
        }

        if (lines.Count > MaxLines)
        {
            // A file this long is not one article page: the rest is kept, out of the article's fields.
            article.Warn(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The file has {lines.Count:N0} lines; the first {MaxLines:N0} were read as the article and the rest kept unplaced."));
            foreach (var extra in lines.Skip(MaxLines))
            {
                article.Unplace(extra, reason: null);
            }

            lines.RemoveRange(MaxLines, lines.Count - MaxLines);
        }

        ReadLeadingStamp(lines, article);
        var relatedStart = lines.FindIndex(l => PageMarkers.IsRelatedStart(l.Text));
        var mainEnd = relatedStart < 0 ? lines.Count : relatedStart;
        var datelineIndex = FindDateline(lines, mainEnd);

        var header = new HeaderReader(lines, article);
        var bodyStart = datelineIndex >= 0
            ? header.Read(0, datelineIndex, boundedByDateline: true)
            : header.Read(0, mainEnd, boundedByDateline: false);

        var layout = header.SawNewsPageSigns || (relatedStart >= 0 && lines[relatedStart].Text.Contains("相关", StringComparison.Ordinal))
            ? ArticleLayout.NewsPage
            : ArticleLayout.ArticlePage;

        var secondArticle = FindSecondArticle(lines, Math.Max(bodyStart, datelineIndex + 1), mainEnd);
        new BodyReader(lines, article, article.Headline).Read(bodyStart, secondArticle < 0 ? mainEnd : secondArticle, datelineIndex >= 0);
        if (secondArticle >= 0)
        {
            article.Warn($"Another article follows the end marker from line {lines[secondArticle].Number}; it was left out of this one.");
            for (var i = secondArticle; i < mainEnd; i++)
            {
                article.Unplace(lines[i], reason: null);
            }
        }

        if (relatedStart >= 0)
        {
            RelatedReader.Read(lines, relatedStart, article);
        }

        if (datelineIndex < 0 && layout == ArticleLayout.ArticlePage && article.BodyCount > 0)
        {
            article.Warn("No dateline (越通社…——) found; the body was taken to start after the lead and photos.");
        }

        return article.Build(article.Headline is null && article.BodyCount == 0 && article.Dateline is null ? ArticleLayout.Unknown : layout);
    }

    /// <summary>A stamp the page printed before its first paragraph, on the same line.</summary>
    private static void ReadLeadingStamp(List<SourceLine> lines, ArticleBuilder article)
    {
        if (lines.Count == 0 || !TimestampParser.TrySplitLeadingStamp(lines[0].Text, out var stamp, out var rest))
        {
            return;
        }

        article.PublishedAt = stamp;
        if (rest.Length == 0)
        {
            article.Assign(lines[0], LineRole.Timestamp);
            lines.RemoveAt(0);
        }
        else
        {
            lines[0] = lines[0] with { Text = rest };
        }
    }

    /// <summary>
    /// Where a second article begins on a page that holds two: after an end marker (and the source line under
    /// it), a line shaped like a headline followed by prose. A page's own tail after its marker is a source,
    /// an author or a caption, never a headline and a paragraph.
    /// </summary>
    private static int FindSecondArticle(List<SourceLine> lines, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!EndMarkerParser.TrySplit(lines[i].Text, out _, out _))
            {
                continue;
            }

            var next = i + 1;
            while (next < end && PageMarkers.IsSourceLine(lines[next].Text))
            {
                next++;
            }

            if (next + 1 < end && HeadlineShape.Fits(lines[next].Text) && !Chars.EndsLikeSentence(lines[next].Text)
                && !PageMarkers.TryReadAuthor(lines[next].Text, bareNameAllowed: true, out _) && !ImageCaptionParser.HasCredit(lines[next].Text)
                && Chars.EndsLikeSentence(lines[next + 1].Text))
            {
                return next;
            }
        }

        return -1;
    }

    /// <summary>
    /// The line that opens the body. The agency's own form (<c>越通社河内——</c>) is a dateline wherever it
    /// stands; a reporter clause alone (<c>越通社驻万象记者报道,</c>) is one too, except where it opens the lead:
    /// right under the headline, with the photos or the real dateline still to come.
    /// </summary>
    private static int FindDateline(List<SourceLine> lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (DatelineParser.TryParse(lines[i].Text, out _, out _)
                && (DatelineParser.IsAgencyDateline(lines[i].Text) || !OpensLead(lines, i, end)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool OpensLead(List<SourceLine> lines, int index, int end)
    {
        var before = lines.Take(index).Where(l => !TimestampParser.TryParse(l.Text, out _) && !PageMarkers.IsPageChrome(l.Text)).ToList();
        if (before.Count != 1 || ImageCaptionParser.TryParsePhotoLine(before[0].Text, out _))
        {
            return false;
        }

        return lines.Skip(index + 1).Take(Math.Min(end, index + 8) - index - 1)
            .Any(l => ImageCaptionParser.TryParsePhotoLine(l.Text, out _) || DatelineParser.TryParse(l.Text, out _, out _));
    }
}

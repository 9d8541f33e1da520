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
    public static ParsedArticle Parse(string text)
    {
        var lines = SourceLine.Split(TextNormalizer.Normalize(text));
        var article = new ArticleBuilder();
        if (lines.Count == 0)
        {
            article.Warn("The file is empty.");
            return article.Build(ArticleLayout.Unknown);
        }

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

        new BodyReader(lines, article, article.Headline).Read(bodyStart, mainEnd, datelineIndex >= 0);
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

    private static int FindDateline(List<SourceLine> lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (DatelineParser.TryParse(lines[i].Text, out _, out _))
            {
                return i;
            }
        }

        return -1;
    }
}

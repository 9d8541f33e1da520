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
    /// <summary>Short lines without closing punctuation inside a body are sub-headings; longer ones are prose.</summary>
    private const int MaxSubheadingLength = 40;

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

    /// <summary>Reads the lines before the body.</summary>
    private sealed class HeaderReader(List<SourceLine> lines, ArticleBuilder article)
    {
        public bool SawNewsPageSigns { get; private set; }

        /// <summary>Reads header lines from <paramref name="start"/>; returns the index where the body starts.</summary>
        public int Read(int start, int end, bool boundedByDateline)
        {
            for (var i = start; i < end; i++)
            {
                var line = lines[i];
                var next = i + 1 < end ? lines[i + 1] : null;

                if (TimestampParser.TryParse(line.Text, out var timestamp))
                {
                    article.PublishedAt ??= timestamp;
                    article.Assign(line, LineRole.Timestamp);
                    SawNewsPageSigns = true;
                    continue;
                }

                if (ImageCaptionParser.TryParsePhotoLine(line.Text, out var photo))
                {
                    i += ReadPhotoLine(photo, line, next, boundedByDateline);
                    continue;
                }

                if (article.Headline is null && !article.HasLead && !article.HasImages)
                {
                    article.Headline = line.Text;
                    article.Assign(line, LineRole.Headline);
                    continue;
                }

                if (IsHeadline(line))
                {
                    if (!article.HasLead && !article.HasImages)
                    {
                        // The site prints the headline again where a page has no separate lead.
                        article.Assign(line, LineRole.HeadlineRepeat);
                    }
                    else
                    {
                        i += ReadHeadlinePhoto(line, next, end);
                    }

                    continue;
                }

                var parts = ImageCaptionParser.Split(line.Text);
                if (parts.Credit is not null)
                {
                    i += ReadCreditedCaption(line, parts, next);
                    continue;
                }

                if (PageMarkers.BracketedSeeAlso(line.Text) is { } bracketed)
                {
                    article.AddSeeAlso(bracketed);
                    article.Assign(line, LineRole.SeeAlso);
                    continue;
                }

                if (article.HasLead && !article.HasImages && PageMarkers.SpaceSeparatedSeeAlso(line.Text) is { } inline)
                {
                    article.AddSeeAlso(inline);
                    article.Assign(line, LineRole.SeeAlso);
                    SawNewsPageSigns = true;
                    continue;
                }

                if (!article.HasLead && !article.HasImages)
                {
                    article.AddLead(line, line.Text);
                    continue;
                }

                if (!boundedByDateline)
                {
                    return i;
                }

                // Before a dateline only the lead and photos stand: more prose before any photo continues
                // the lead; text after a photo is a caption the page printed without a marker.
                if (!article.HasImages)
                {
                    article.AddLead(line, line.Text);
                }
                else if (article.LastImage is { Caption: null } captionless)
                {
                    article.ReplaceLastImage(captionless with { Caption = line.Text });
                    article.Assign(line, LineRole.Image);
                }
                else
                {
                    article.AddImage(new ArticleImage(null, line.Text, null, null));
                    article.Assign(line, LineRole.Image);
                }
            }

            return end;
        }

        private bool IsHeadline(SourceLine line) =>
            article.Headline is { } headline && TextNormalizer.SameKey(line.Text, headline);

        /// <summary>An "ảnh N" line; its caption may be missing or continue on the next line.</summary>
        private int ReadPhotoLine(PhotoLine photo, SourceLine line, SourceLine? next, bool boundedByDateline)
        {
            var parts = ImageCaptionParser.Split(photo.Caption);
            article.Assign(line, LineRole.Image);
            var consumed = 0;
            if (parts.Credit is null && next is not null && CanContinueCaption(next, boundedByDateline))
            {
                var continued = ImageCaptionParser.Split(string.Concat(photo.Caption, next.Text));
                parts = continued;
                article.Assign(next, LineRole.Image);
                consumed = 1;
            }

            article.AddImage(new ArticleImage(photo.Number, parts.Caption, parts.Credit, photo.AltText));
            return consumed;
        }

        private bool CanContinueCaption(SourceLine next, bool boundedByDateline)
        {
            if (DatelineParser.TryParse(next.Text, out _, out _) || ImageCaptionParser.TryParsePhotoLine(next.Text, out _) || IsHeadline(next)
                || TimestampParser.TryParse(next.Text, out _) || PageMarkers.IsRelatedStart(next.Text))
            {
                return false;
            }

            // Without a dateline to bound the header, only a line that ends in a credit is surely a caption.
            return ImageCaptionParser.HasCredit(next.Text) || (boundedByDateline && next.Text.Length <= 200);
        }

        /// <summary>The news-page template shows a photo as the headline again with the caption under it.</summary>
        private int ReadHeadlinePhoto(SourceLine line, SourceLine? next, int end)
        {
            article.Assign(line, LineRole.Image);
            if (next is not null && !next.FollowsBlank && next.Number <= lines[end - 1].Number && IsPlainCaption(next))
            {
                var parts = ImageCaptionParser.Split(next.Text);
                article.AddImage(new ArticleImage(null, parts.Caption, parts.Credit, line.Text));
                article.Assign(next, LineRole.Image);
                return 1;
            }

            article.AddImage(new ArticleImage(null, null, null, line.Text));
            return 0;
        }

        private static bool IsPlainCaption(SourceLine line) =>
            !DatelineParser.TryParse(line.Text, out _, out _) && !ImageCaptionParser.TryParsePhotoLine(line.Text, out _) && !PageMarkers.IsRelatedStart(line.Text);

        /// <summary>A caption ending in its credit; the news-page template repeats it without the credit below.</summary>
        private int ReadCreditedCaption(SourceLine line, CaptionParts parts, SourceLine? next)
        {
            article.AddImage(new ArticleImage(null, parts.Caption, parts.Credit, null));
            article.Assign(line, LineRole.Image);
            if (next is not null && parts.Caption is not null && TextNormalizer.SameKey(next.Text, parts.Caption))
            {
                article.Assign(next, LineRole.ImageCaptionRepeat);
                SawNewsPageSigns = true;
                return 1;
            }

            return 0;
        }
    }

    /// <summary>Reads the body: dateline, paragraphs, photos inside the text, end marker, author and source.</summary>
    private sealed class BodyReader(List<SourceLine> lines, ArticleBuilder article, string? headline)
    {
        public void Read(int start, int end, bool startsWithDateline)
        {
            if (start >= end)
            {
                return;
            }

            end = ReadTail(start, end);
            var markerIndex = -1;
            for (var i = end - 1; i >= start; i--)
            {
                if (EndMarkerParser.TrySplit(lines[i].Text, out _, out _))
                {
                    markerIndex = i;
                    break;
                }
            }

            for (var i = start; i < end; i++)
            {
                var line = lines[i];
                var text = line.Text;
                var role = LineRole.Body;
                if (i == start && startsWithDateline && DatelineParser.TryParse(text, out var dateline, out var rest))
                {
                    article.Dateline = dateline;
                    role = LineRole.Dateline;
                    text = rest;
                    if (text.Length == 0)
                    {
                        article.Assign(line, role);
                        continue;
                    }
                }

                if (markerIndex >= 0 && i > markerIndex)
                {
                    ReadAfterEndMarker(line);
                    continue;
                }

                i += ReadBodyLine(line, text, role, i, end, isLastProse: i == end - 1 || i == markerIndex);
            }
        }

        /// <summary>Reads the source line (越通社) and the author line at the end; returns the new end of the body.</summary>
        private int ReadTail(int start, int end)
        {
            for (var round = 0; round < 2 && end > start + 1; round++)
            {
                var last = lines[end - 1];
                if (PageMarkers.IsSourceLine(last.Text) && article.Source is null)
                {
                    article.Source = last.Text;
                    article.Assign(last, LineRole.Source);
                    end--;
                    continue;
                }

                var before = lines[end - 2].Text;
                var bareNameAllowed = Chars.EndsLikeSentence(before) || EndMarkerParser.TrySplit(before, out _, out _);
                if (article.Author is null && PageMarkers.TryReadAuthor(last.Text, bareNameAllowed, out var author))
                {
                    article.Author = author;
                    article.Assign(last, LineRole.Author);
                    end--;
                    continue;
                }

                break;
            }

            return end;
        }

        private void ReadAfterEndMarker(SourceLine line)
        {
            if (PageMarkers.IsSourceLine(line.Text) && article.Source is null)
            {
                article.Source = line.Text;
                article.Assign(line, LineRole.Source);
            }
            else if (ImageCaptionParser.Split(line.Text) is { Credit: not null } parts)
            {
                article.AddImage(new ArticleImage(null, parts.Caption, parts.Credit, null));
                article.Assign(line, LineRole.Image);
            }
            else if (article.Author is null && PageMarkers.TryReadAuthor(line.Text, bareNameAllowed: true, out var author))
            {
                article.Author = author;
                article.Assign(line, LineRole.Author);
            }
            else
            {
                article.Unplace(line, "text after the end marker");
            }
        }

        /// <summary>Reads one body line; returns how many following lines it consumed.</summary>
        private int ReadBodyLine(SourceLine line, string text, LineRole role, int index, int end, bool isLastProse)
        {
            var next = index + 1 < end ? lines[index + 1] : null;

            if (ImageCaptionParser.TryParsePhotoLine(text, out var photo))
            {
                var parts = ImageCaptionParser.Split(photo.Caption);
                article.AddImage(new ArticleImage(photo.Number, parts.Caption, parts.Credit, photo.AltText));
                article.Assign(line, LineRole.Image);
                return 0;
            }

            if (headline is not null && TextNormalizer.SameKey(text, headline))
            {
                // A photo block of the news-page template: the headline again, its caption right under it.
                article.Assign(line, LineRole.Image);
                if (next is not null && !next.FollowsBlank && !EndMarkerParser.TrySplit(next.Text, out _, out _))
                {
                    var caption = ImageCaptionParser.Split(next.Text);
                    article.AddImage(new ArticleImage(null, caption.Caption, caption.Credit, text));
                    article.Assign(next, LineRole.Image);
                    return 1;
                }

                article.AddImage(new ArticleImage(null, null, null, text));
                return 0;
            }

            if (EndMarkerParser.TrySplit(text, out var beforeMarker, out var marker))
            {
                article.EndMarker = marker;
                if (beforeMarker.Length > 0)
                {
                    article.AddParagraph(beforeMarker, isSubheading: false);
                    article.Assign(line, role);
                }
                else
                {
                    article.Assign(line, role == LineRole.Dateline ? role : LineRole.EndMarker);
                }

                return 0;
            }

            var credit = ImageCaptionParser.Split(text);
            if (credit.Credit is not null && role != LineRole.Dateline)
            {
                article.AddImage(new ArticleImage(null, credit.Caption, credit.Credit, null));
                article.Assign(line, LineRole.Image);
                if (next is not null && credit.Caption is not null && TextNormalizer.SameKey(next.Text, credit.Caption))
                {
                    article.Assign(next, LineRole.ImageCaptionRepeat);
                    return 1;
                }

                return 0;
            }

            if (role != LineRole.Dateline && PageMarkers.BracketedSeeAlso(text) is { } titles)
            {
                article.AddSeeAlso(titles);
                article.Assign(line, LineRole.SeeAlso);
                return 0;
            }

            var isSubheading = role != LineRole.Dateline && !isLastProse && IsSubheading(text);
            article.AddParagraph(text, isSubheading);
            article.Assign(line, isSubheading ? LineRole.Subheading : role);
            return 0;
        }

        private static bool IsSubheading(string text) =>
            text.Length <= MaxSubheadingLength && !Chars.EndsLikeSentence(text) && !text.EndsWith(':') && !text.Contains('。', StringComparison.Ordinal);
    }
}

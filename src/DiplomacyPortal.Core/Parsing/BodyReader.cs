using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>Reads the body: dateline, paragraphs, photos inside the text, end marker, author and source.</summary>
internal sealed class BodyReader(List<SourceLine> lines, ArticleBuilder article, string? headline)
{
    /// <summary>Short lines without closing punctuation inside a body are sub-headings; longer ones are prose.</summary>
    private const int MaxSubheadingLength = 40;

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
        else if (PageMarkers.IsPageChrome(line.Text) || PageMarkers.IsImageFileName(line.Text))
        {
            article.AddChrome(line); // a footer's copyright, a "top" link
        }
        else if (ImageCaptionParser.Split(line.Text) is { Credit: not null } parts)
        {
            article.AddImage(new ParsedImage(null, parts.Caption, parts.Credit, null));
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

        if (role != LineRole.Dateline && PageMarkers.IsImageFileName(text))
        {
            article.AddChrome(line);
            return 0;
        }

        if (role != LineRole.Dateline && TimestampParser.TryParse(text, out var timestamp))
        {
            // The government site prints its stamp under the lead, inside the text.
            article.PublishedAt ??= timestamp;
            article.Assign(line, LineRole.Timestamp);
            return 0;
        }

        if (ImageCaptionParser.TryParsePhotoLine(text, out var photo))
        {
            var parts = ImageCaptionParser.Split(photo.Caption);
            article.Assign(line, LineRole.Image);
            if (parts.Caption is null && parts.Credit is null && next is not null && ImageCaptionParser.Split(next.Text) is { Credit: not null } below)
            {
                // "<alt>- Ảnh 1." with its caption and credit on the line below (the government site's template).
                article.AddImage(new ParsedImage(photo.Number, below.Caption, below.Credit, photo.AltText));
                article.Assign(next, LineRole.Image);
                return 1;
            }

            article.AddImage(new ParsedImage(photo.Number, parts.Caption, parts.Credit, photo.AltText));
            return 0;
        }

        if (headline is not null && TextNormalizer.SameKey(text, headline))
        {
            // A photo block of the news-page template: the headline again, its caption right under it.
            article.Assign(line, LineRole.Image);
            if (next is not null && !next.FollowsBlank && !EndMarkerParser.TrySplit(next.Text, out _, out _))
            {
                var caption = ImageCaptionParser.Split(next.Text);
                article.AddImage(new ParsedImage(null, caption.Caption, caption.Credit, text));
                article.Assign(next, LineRole.Image);
                return 1;
            }

            article.AddImage(new ParsedImage(null, null, null, text));
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
            return article.AddCreditedCaption(line, credit, next);
        }

        if (role != LineRole.Dateline && PageMarkers.BracketedSeeAlso(text) is { } titles)
        {
            article.AddSeeAlso(titles);
            article.Assign(line, LineRole.SeeAlso);
            return 0;
        }

        if (article.BodyCount == 0 && !article.HasLead && article.Source is null && PageMarkers.TrySplitOutletTag(text, out var outlet, out var afterTag))
        {
            article.Source = outlet; // a page without a lead: the tag opens its first paragraph
            text = afterTag;
        }

        var isSubheading = role != LineRole.Dateline && !isLastProse && IsSubheading(text);
        article.AddParagraph(text, isSubheading);
        article.Assign(line, isSubheading ? LineRole.Subheading : role);
        return 0;
    }

    private static bool IsSubheading(string text) =>
        text.Length <= MaxSubheadingLength && !Chars.EndsLikeSentence(text) && !text.EndsWith(':') && !text.Contains('。', StringComparison.Ordinal);
}

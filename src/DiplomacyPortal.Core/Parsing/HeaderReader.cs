using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>Reads the lines before the body.</summary>
internal sealed class HeaderReader(List<SourceLine> lines, ArticleBuilder article)
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

            if ((!article.HasLead && PageMarkers.IsPageChrome(line.Text)) || PageMarkers.IsImageFileName(line.Text))
            {
                // Menus, a print button, the Vietnamese title of a government page, another outlet's masthead.
                article.Source ??= PageMarkers.OutletNamed(line.Text);
                article.AddChrome(line);
                continue;
            }

            if (article.Headline is null && !article.HasLead && !article.HasImages)
            {
                if (PageMarkers.TryReadByline(line.Text, out var byline))
                {
                    article.Author ??= byline;
                    article.Assign(line, LineRole.Author);
                    continue;
                }

                if (HeadlineShape.Fits(line.Text))
                {
                    article.Headline = line.Text;
                    article.Assign(line, LineRole.Headline);
                    continue;
                }

                // A page without its headline: the sentence is the lead only where a dateline repeats it below.
                article.Warn("The first line reads as a sentence, not a headline.");
                if (!boundedByDateline)
                {
                    return i;
                }
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
                    i += ReadHeadlinePhoto(line, next);
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
                AddLead(line);
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
                AddLead(line);
            }
            else if (article.LastImage is { Caption: null } captionless)
            {
                article.ReplaceLastImage(captionless with { Caption = line.Text });
                article.Assign(line, LineRole.Image);
            }
            else
            {
                article.AddImage(new ParsedImage(null, line.Text, null, null));
                article.Assign(line, LineRole.Image);
            }
        }

        return end;
    }

    /// <summary>A lead paragraph; another outlet's tag before its first sentence names the source.</summary>
    private void AddLead(SourceLine line)
    {
        if (!article.HasLead && PageMarkers.TrySplitOutletTag(line.Text, out var outlet, out var rest))
        {
            article.Source = outlet;
            article.AddLead(line, rest);
            return;
        }

        article.AddLead(line, line.Text);
    }

    private bool IsHeadline(SourceLine line) =>
        article.Headline is { } headline && TextNormalizer.SameKey(line.Text, headline);

    /// <summary>An "ảnh N" line; its caption may be missing or continue on the next line.</summary>
    private int ReadPhotoLine(PhotoLine photo, SourceLine line, SourceLine? next, bool boundedByDateline)
    {
        var parts = ImageCaptionParser.Split(photo.Caption);
        article.Assign(line, LineRole.Image);
        if (article.Headline is null && !article.HasLead && !article.HasImages && photo.AltText is { } alt && HeadlineShape.Fits(alt))
        {
            // A page without a headline line: the photo's alt text, printed before "ảnh 1", is the headline.
            article.Headline = alt;
        }

        var consumed = 0;
        if (parts.Credit is null && next is not null && CanContinueCaption(next, boundedByDateline))
        {
            var continued = ImageCaptionParser.Split(string.Concat(photo.Caption, next.Text));
            parts = continued;
            article.Assign(next, LineRole.Image);
            consumed = 1;
        }

        article.AddImage(new ParsedImage(photo.Number, parts.Caption, parts.Credit, photo.AltText));
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
    private int ReadHeadlinePhoto(SourceLine line, SourceLine? next)
    {
        article.Assign(line, LineRole.Image);
        if (next is not null && !next.FollowsBlank && IsPlainCaption(next))
        {
            var parts = ImageCaptionParser.Split(next.Text);
            article.AddImage(new ParsedImage(null, parts.Caption, parts.Credit, line.Text));
            article.Assign(next, LineRole.Image);
            return 1;
        }

        article.AddImage(new ParsedImage(null, null, null, line.Text));
        return 0;
    }

    private static bool IsPlainCaption(SourceLine line) =>
        !DatelineParser.TryParse(line.Text, out _, out _) && !ImageCaptionParser.TryParsePhotoLine(line.Text, out _) && !PageMarkers.IsRelatedStart(line.Text);

    private int ReadCreditedCaption(SourceLine line, CaptionParts parts, SourceLine? next)
    {
        var repeated = article.AddCreditedCaption(line, parts, next);
        SawNewsPageSigns |= repeated > 0;
        return repeated;
    }
}

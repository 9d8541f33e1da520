using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// Reads the 更多 / 相关新闻 list. Each item is an optional photo line, the item's headline and usually a
/// one-paragraph summary. The photo line is a caption ending in its credit (图自越通社), a caption ending
/// in 。, or — when the picture has no caption — the item's headline printed twice. A headline may stand
/// alone; the next short line without closing punctuation then starts a new item.
/// </summary>
internal static class RelatedReader
{
    /// <summary>The most items read: a page lists eight or so; thousands are a broken or hostile file.</summary>
    public const int MaxItems = 100;

    /// <summary>Summaries run long; a line ending in 。 shorter than this, followed by a headline, is a caption.</summary>
    private const int MinSummaryHan = 25;

    /// <summary>A line without closing punctuation longer than this is a (cut) summary, not a headline.</summary>
    private const int MaxHeadlineHan = 60;

    private enum State
    {
        ExpectItem,
        ExpectHeadline,
        AfterHeadline,
    }

    public static void Read(List<SourceLine> lines, int start, ArticleBuilder article)
    {
        article.Assign(lines[start], LineRole.SectionMarker);
        var state = State.ExpectItem;
        string? caption = null;
        string? credit = null;
        string? headline = null;
        SourceLine? pendingCaptionLine = null;

        for (var i = start + 1; i < lines.Count; i++)
        {
            if (article.RelatedCount + (headline is null ? 0 : 1) >= MaxItems)
            {
                Finish();
                article.Warn($"The related list has more than {MaxItems} items; the rest are kept unplaced.");
                for (; i < lines.Count; i++)
                {
                    article.Unplace(lines[i], reason: null);
                }

                return;
            }

            var line = lines[i];
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            var afterNext = i + 2 < lines.Count ? lines[i + 2] : null;

            if (state != State.ExpectHeadline && PageMarkers.IsRelatedLabel(line.Text))
            {
                Finish();
                article.Assign(line, LineRole.SectionMarker);
                continue;
            }

            if (state == State.AfterHeadline)
            {
                if (IsSummary(line, next, afterNext))
                {
                    article.AddRelated(Item(caption, headline!, line.Text, credit));
                    article.Assign(line, LineRole.RelatedSummary);
                    Reset();
                    continue;
                }

                Finish();
            }

            if (state == State.ExpectHeadline)
            {
                headline = line.Text;
                article.Assign(line, LineRole.RelatedHeadline);
                state = State.AfterHeadline;
                continue;
            }

            // Expecting a new item: its photo line, or its headline.
            var parts = ImageCaptionParser.Split(line.Text);
            if (parts.Credit is not null)
            {
                caption = parts.Caption;
                credit = parts.Credit;
                pendingCaptionLine = line;
                article.Assign(line, LineRole.RelatedCaption);
                state = State.ExpectHeadline;
            }
            else if (next is not null && SameText(line, next))
            {
                pendingCaptionLine = line;
                article.Assign(line, LineRole.RelatedHeadlineRepeat);
                state = State.ExpectHeadline;
            }
            else if (next is not null && Chars.EndsLikeSentence(line.Text) && !Chars.EndsLikeSentence(next.Text)
                     && !PageMarkers.IsRelatedLabel(next.Text) && !ImageCaptionParser.HasCredit(next.Text))
            {
                caption = line.Text;
                pendingCaptionLine = line;
                article.Assign(line, LineRole.RelatedCaption);
                state = State.ExpectHeadline;
            }
            else
            {
                headline = line.Text;
                article.Assign(line, LineRole.RelatedHeadline);
                state = State.AfterHeadline;
            }
        }

        Finish();
        if (pendingCaptionLine is not null && headline is null)
        {
            // A photo line with no headline after it: keep its text as an item rather than lose it.
            article.AddRelated(new ParsedRelatedItem(null, pendingCaptionLine.Text, null));
            article.Warn($"The related list ends with a photo line and no headline (line {pendingCaptionLine.Number}); it was kept as a headline.");
        }

        void Finish()
        {
            if (state == State.AfterHeadline && headline is not null)
            {
                article.AddRelated(Item(caption, headline, null, credit));
                Reset();
            }
        }

        void Reset()
        {
            state = State.ExpectItem;
            caption = null;
            credit = null;
            headline = null;
            pendingCaptionLine = null;
        }
    }

    private static bool IsSummary(SourceLine line, SourceLine? next, SourceLine? afterNext)
    {
        if (ImageCaptionParser.HasCredit(line.Text) || (next is not null && SameText(line, next)))
        {
            return false;
        }

        var han = Chars.CountHan(line.Text);
        if (Chars.EndsLikeSentence(line.Text))
        {
            // A short sentence is the next item's caption only when a headline follows it that does not
            // itself start an item (a credited caption or a headline printed twice).
            var nextStartsItem = next is null || PageMarkers.IsRelatedLabel(next.Text) || ImageCaptionParser.HasCredit(next.Text)
                || Chars.EndsLikeSentence(next.Text) || (afterNext is not null && SameText(next, afterNext));
            return han >= MinSummaryHan || nextStartsItem;
        }

        return han > MaxHeadlineHan;
    }

    private static bool SameText(SourceLine a, SourceLine b) => TextNormalizer.SameKey(a.Text, b.Text);

    /// <summary>
    /// The item as stored: a headline printed as a 【link】 loses its brackets, and a caption that only
    /// repeats the headline (the site's stand-in for a missing caption) is no caption.
    /// </summary>
    private static ParsedRelatedItem Item(string? caption, string headline, string? summary, string? credit)
    {
        var bare = headline.Length > 2 && headline[0] is '【' or '[' && headline[^1] is '】' or ']' ? headline[1..^1].Trim() : headline;
        return new ParsedRelatedItem(caption is not null && TextNormalizer.SameKey(caption, bare) ? null : caption, bare, summary, credit);
    }
}

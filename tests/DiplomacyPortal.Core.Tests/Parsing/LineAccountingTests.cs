using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Tests.Support;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Tests.Parsing;

/// <summary>Nothing is silently dropped: every non-blank input line lands in exactly one field, or in Unplaced.</summary>
public sealed class LineAccountingTests
{
    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_non_blank_line_is_assigned_exactly_once(string file)
    {
        var text = TextNormalizer.Normalize(Fixtures.Text(file));
        var article = ArticleParser.Parse(text);
        var nonBlank = text.Split('\n').Select((line, index) => (Line: line.Trim(), Number: index + 1)).Where(l => l.Line.Length > 0).ToList();

        Assert.Equal(nonBlank.Select(l => l.Number), article.Lines.Select(l => l.LineNumber));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Each_line_is_found_in_the_field_its_role_names(string file)
    {
        var text = TextNormalizer.Normalize(Fixtures.Text(file));
        var article = ArticleParser.Parse(text);
        var lines = text.Split('\n');

        foreach (var assignment in article.Lines)
        {
            var line = lines[assignment.LineNumber - 1].Trim();
            var field = FieldText(article, assignment.Role);
            Assert.True(Covers(field, line, assignment.Role), $"{file} line {assignment.LineNumber} ({assignment.Role}) not found in its field: {line}");
        }
    }

    public static TheoryData<string> Articles() => Fixtures.AllTextArticlesData();

    private static string FieldText(ParsedArticle a, LineRole role) => role switch
    {
        LineRole.Headline or LineRole.HeadlineRepeat => a.Headline ?? string.Empty,
        LineRole.Timestamp => a.PublishedAt?.ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        LineRole.Lead => a.Lead ?? string.Empty,
        LineRole.SeeAlso => string.Join('\n', a.SeeAlso),
        LineRole.Image or LineRole.ImageCaptionRepeat => string.Join('\n', a.Images.Select(i => $"{i.AltText}\n{i.Caption}\n{i.Credit}")),
        LineRole.Dateline => $"{a.Dateline?.Text}\n{string.Join('\n', a.Body.Select(p => p.Text))}\n{a.EndMarker}",
        LineRole.Body or LineRole.Subheading => string.Join('\n', a.Body.Select(p => p.Text)) + "\n" + a.EndMarker,
        LineRole.EndMarker => a.EndMarker ?? string.Empty,
        LineRole.Author => a.Author ?? string.Empty,
        LineRole.Source => a.Source ?? string.Empty,
        LineRole.SectionMarker => "更多 相关新闻 新闻 查看更多",
        LineRole.RelatedCaption or LineRole.RelatedHeadline or LineRole.RelatedHeadlineRepeat or LineRole.RelatedSummary =>
            string.Join('\n', a.Related.Select(r => $"{r.Caption}\n{r.Headline}\n{r.Summary}\n{r.Credit}")),
        LineRole.Unplaced => string.Join('\n', a.Unplaced),
        LineRole.PageChrome => string.Join('\n', a.PageChrome),
        _ => string.Empty,
    };

    /// <summary>
    /// A line is covered when each of its runs stands in the field. Runs are split at the page's own
    /// connectors (the ảnh N photo marker, the 图自 / 图片来源 / 图片: credit markers, the 编译 label, the dateline
    /// dash), which the parser turns into structure rather than text.
    /// </summary>
    private static bool Covers(string field, string line, LineRole role)
    {
        if (role == LineRole.Timestamp)
        {
            return field.Length > 0;
        }

        if (TimestampParser.TrySplitLeadingStamp(line, out _, out var afterStamp))
        {
            line = afterStamp; // the stamp became PublishedAt; the text after it is what the role names
        }

        if (PageMarkers.TrySplitOutletTag(line, out _, out var afterTag))
        {
            line = afterTag; // another outlet's tag became the source
        }

        var fieldKey = TextNormalizer.MatchKey(field);
        return line.Split(["ảnh", "Ảnh", "hình", "hinh anh", "图自", "图片:", "编译", "图片来源", "图:", "—", " ", ","], StringSplitOptions.RemoveEmptyEntries)
            .Select(run => TextNormalizer.MatchKey(run).TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))
            .Where(key => key.Length > 0)
            .All(key => fieldKey.Contains(key, StringComparison.Ordinal));
    }
}

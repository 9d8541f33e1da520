namespace DiplomacyPortal.Core.Parsing;

/// <summary>Which page template an article came from.</summary>
public enum ArticleLayout
{
    /// <summary>Nothing recognisable (an empty file, a stray fragment).</summary>
    Unknown,

    /// <summary>The VNA article page dumped as text: headline, lead, "ảnh N" photo lines, dateline, body, 更多.</summary>
    ArticlePage,

    /// <summary>The VNA news page template: timestamp line, inline see-also titles, 相关新闻.</summary>
    NewsPage,

    /// <summary>A saved web page (.html).</summary>
    Html,
}

/// <summary>The dateline that opens the body: <c>越通社河内5月29日——</c>.</summary>
/// <param name="Text">The dateline exactly as it stood, without the body text after it.</param>
/// <param name="Agency">越通社.</param>
/// <param name="Place">Where it was filed (河内), or null when only a reporter clause is given.</param>
/// <param name="Bureau">The reporter's bureau (驻老挝), when the dateline names one.</param>
/// <param name="Year">The year, in the rare datelines that give one.</param>
/// <param name="Month">Month, when the dateline has a date.</param>
/// <param name="Day">Day of month, when the dateline has a date.</param>
public sealed record Dateline(string Text, string Agency, string? Place, string? Bureau, int? Year, int? Month, int? Day);

/// <summary>A photo: its caption and credit.</summary>
/// <param name="Number">N of "ảnh N", when the page numbered it.</param>
/// <param name="Caption">What the photo shows, or null when the page gives no caption.</param>
/// <param name="Credit">Who made or supplied it: 越通社, 越通社记者 林庆 摄.</param>
/// <param name="AltText">The text the page put before the photo (usually the headline again).</param>
public sealed record ParsedImage(int? Number, string? Caption, string? Credit, string? AltText);

/// <summary>A paragraph of the body; sub-headings are kept in place so the text reads in order.</summary>
public sealed record BodyParagraph(string Text, bool IsSubheading);

/// <summary>An item of the 更多 / 相关新闻 list: another article.</summary>
/// <param name="Caption">The caption of its photo, when the page gives one.</param>
/// <param name="Headline">The other article's headline.</param>
/// <param name="Summary">Its one-paragraph summary, when the page gives one.</param>
/// <param name="Credit">The photo's credit (越通社).</param>
/// <param name="Url">Where its link points, when a saved page links it to an absolute http or https address.</param>
public sealed record ParsedRelatedItem(string? Caption, string Headline, string? Summary, string? Credit = null, string? Url = null);

/// <summary>What a line of the input became.</summary>
public enum LineRole
{
    Headline,
    HeadlineRepeat,
    PageChrome,
    Timestamp,
    Lead,
    SeeAlso,
    Image,
    ImageCaptionRepeat,
    Dateline,
    Body,
    Subheading,
    EndMarker,
    Author,
    Source,
    SectionMarker,
    RelatedCaption,
    RelatedHeadline,
    RelatedHeadlineRepeat,
    RelatedSummary,
    Unplaced,
}

/// <summary>Where line <paramref name="LineNumber"/> (1-based) of the input went.</summary>
public sealed record LineAssignment(int LineNumber, LineRole Role);

/// <summary>
/// The structure of one article file. Every non-blank input line is accounted for in <see cref="Lines"/>
/// exactly once: in a field, or in <see cref="Unplaced"/> with a warning.
/// </summary>
public sealed record ParsedArticle
{
    /// <summary>The page template recognised.</summary>
    public ArticleLayout Layout { get; init; }

    /// <summary>The headline, or null when the file starts at the dateline.</summary>
    public string? Headline { get; init; }

    /// <summary>The summary paragraph under the headline; null when missing or a mere repeat of the headline.</summary>
    public string? Lead { get; init; }

    /// <summary>The publication time the page states (news-page timestamp, HTML meta), in Vietnam time.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The dateline that opens the body.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Photos, in page order.</summary>
    public IReadOnlyList<ParsedImage> Images { get; init; } = [];

    /// <summary>Body paragraphs, dateline and end marker split off.</summary>
    public IReadOnlyList<BodyParagraph> Body { get; init; } = [];

    /// <summary>(完), (越通社-VNA) or (越通社).</summary>
    public string? EndMarker { get; init; }

    /// <summary>The author or editor line.</summary>
    public string? Author { get; init; }

    /// <summary>The source line (越通社) after the body.</summary>
    public string? Source { get; init; }

    /// <summary>Related titles the page links inline (news-page template, 【…】 lines).</summary>
    public IReadOnlyList<string> SeeAlso { get; init; } = [];

    /// <summary>The 更多 / 相关新闻 list, in order.</summary>
    public IReadOnlyList<ParsedRelatedItem> Related { get; init; } = [];

    /// <summary>The site's menus and labels printed above the article (section and province names).</summary>
    public IReadOnlyList<string> PageChrome { get; init; } = [];

    /// <summary>Lines the parser could not place.</summary>
    public IReadOnlyList<string> Unplaced { get; init; } = [];

    /// <summary>What a reviewer should know about this parse.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where each non-blank input line went.</summary>
    public IReadOnlyList<LineAssignment> Lines { get; init; } = [];

    /// <summary>The body as plain text, paragraphs separated by blank lines.</summary>
    public string BodyText => string.Join("\n\n", Body.Select(p => p.Text));
}

namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// Collects the fields of a <see cref="ParsedArticle"/> while a parser walks its input, and keeps the
/// ledger of where every line went, so that no line can be dropped or placed twice unnoticed.
/// </summary>
internal sealed class ArticleBuilder
{
    private readonly List<ParsedImage> _images = [];
    private readonly List<BodyParagraph> _body = [];
    private readonly List<string> _seeAlso = [];
    private readonly List<ParsedRelatedItem> _related = [];
    private readonly List<string> _unplaced = [];
    private readonly List<string> _chrome = [];
    private readonly List<string> _warnings = [];
    private readonly List<LineAssignment> _lines = [];
    private readonly List<string> _leadParagraphs = [];

    public string? Headline { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public Dateline? Dateline { get; set; }

    public string? EndMarker { get; set; }

    public string? Author { get; set; }

    public string? Source { get; set; }

    public bool HasLead => _leadParagraphs.Count > 0;

    public bool HasImages => _images.Count > 0;

    public int BodyCount => _body.Count;

    public int RelatedCount => _related.Count;

    public ParsedImage? LastImage => _images.Count > 0 ? _images[^1] : null;

    public void Assign(SourceLine line, LineRole role) => _lines.Add(new LineAssignment(line.Number, role));

    public void AddLead(SourceLine line, string text)
    {
        _leadParagraphs.Add(text);
        Assign(line, LineRole.Lead);
    }

    public void AddImage(ParsedImage image) => _images.Add(image);

    public void ReplaceLastImage(ParsedImage image) => _images[^1] = image;

    /// <summary>
    /// A caption line ending in its credit; the news-page template repeats the caption without the credit on
    /// the next line, which then belongs to the same photo. Returns how many following lines were taken (0 or 1).
    /// </summary>
    public int AddCreditedCaption(SourceLine line, CaptionParts parts, SourceLine? next)
    {
        AddImage(new ParsedImage(null, parts.Caption, parts.Credit, null));
        Assign(line, LineRole.Image);
        if (next is not null && parts.Caption is not null && Text.TextNormalizer.SameKey(next.Text, parts.Caption))
        {
            Assign(next, LineRole.ImageCaptionRepeat);
            return 1;
        }

        return 0;
    }

    public void AddChrome(SourceLine line)
    {
        _chrome.Add(line.Text);
        Assign(line, LineRole.PageChrome);
    }

    public void AddParagraph(string text, bool isSubheading) => _body.Add(new BodyParagraph(text, isSubheading));

    public void AddSeeAlso(IEnumerable<string> titles) => _seeAlso.AddRange(titles);

    public void AddRelated(ParsedRelatedItem item) => _related.Add(item);

    public void Warn(string warning)
    {
        if (!_warnings.Contains(warning))
        {
            _warnings.Add(warning);
        }
    }

    /// <summary>Keeps a line the article has no field for; with a reason, a warning says which line and why.</summary>
    public void Unplace(SourceLine line, string? reason)
    {
        _unplaced.Add(line.Text);
        Assign(line, LineRole.Unplaced);
        if (reason is not null)
        {
            Warn($"Line {line.Number} could not be placed ({reason}): {Shorten(line.Text)}");
        }
    }

    public ParsedArticle Build(ArticleLayout layout)
    {
        if (Headline is null)
        {
            Warn("No headline found.");
        }

        if (_body.Count == 0)
        {
            Warn("No body text found.");
        }

        return new ParsedArticle
        {
            Layout = layout,
            Headline = Headline,
            Lead = _leadParagraphs.Count == 0 ? null : string.Join("\n", _leadParagraphs),
            PublishedAt = PublishedAt,
            Dateline = Dateline,
            Images = [.. _images],
            Body = [.. _body],
            EndMarker = EndMarker,
            Author = Author,
            Source = Source,
            SeeAlso = [.. _seeAlso],
            Related = [.. _related],
            PageChrome = [.. _chrome],
            Unplaced = [.. _unplaced],
            Warnings = [.. _warnings],
            Lines = [.. _lines.OrderBy(l => l.LineNumber)],
        };
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
}

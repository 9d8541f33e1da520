namespace DiplomacyPortal.Data.Entities;

/// <summary>An article as parsed from its source file, with the corrections editors made applied.</summary>
public sealed class Article : IDatedPairRow
{
    public int Id { get; set; }

    /// <summary>The file this article was parsed from.</summary>
    public int SourceFileId { get; set; }

    /// <summary>SHA-256 of the normalised text: equal for the same article in another encoding, line end or width.</summary>
    public required string ContentHash { get; set; }

    public string? Headline { get; set; }

    /// <summary><see cref="Core.Text.TextNormalizer.MatchKey"/> of the headline, to link related items.</summary>
    public string? HeadlineKey { get; set; }

    public string? Lead { get; set; }

    /// <summary>The page's publication time, UTC.</summary>
    public DateTime? PublishedAt { get; set; }

    public string? DatelineText { get; set; }

    public string? DatelinePlace { get; set; }

    public string? DatelineBureau { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    /// <summary>unknown, year, month, day or month-day.</summary>
    public required string DatePrecision { get; set; }

    public string? DateEvidence { get; set; }

    /// <summary>The date used to order and filter by range: the full date when known, null otherwise.</summary>
    public DateTime? Date { get; set; }

    /// <summary>Body paragraphs separated by a blank line.</summary>
    public required string Body { get; set; }

    /// <summary>Sub-headings of the body, one per line.</summary>
    public string? Subheadings { get; set; }

    public string? EndMarker { get; set; }

    public string? Author { get; set; }

    public string? Source { get; set; }

    /// <summary>Inline related titles, one per line.</summary>
    public string? SeeAlso { get; set; }

    public string? MeetingType { get; set; }

    /// <summary>The bilateral pair in canonical form ("CN-VN"), or null.</summary>
    public string? Pair { get; set; }

    public string? PairEvidence { get; set; }

    public required string Layout { get; set; }

    /// <summary>Parser and extractor warnings, one per line.</summary>
    public string? Warnings { get; set; }

    /// <summary>Hidden by an editor: readers no longer see it.</summary>
    public bool IsHidden { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public SourceFile? SourceFile { get; set; }

    public List<ArticleImage> Images { get; set; } = [];

    public List<RelatedItem> RelatedItems { get; set; } = [];

    public List<ArticleDocument> Documents { get; set; } = [];

    public List<ArticlePartnership> Partnerships { get; set; } = [];

    public List<ArticleOfficial> Officials { get; set; } = [];

    public List<ArticleCountry> Countries { get; set; } = [];

    public List<ArticleOverride> Overrides { get; set; } = [];
}

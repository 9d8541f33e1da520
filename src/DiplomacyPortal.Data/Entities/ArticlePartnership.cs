namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// What an article says about the level of its pair's relationship (Core's <c>PartnershipStatement</c>): a level it
/// names, or one the relationship was established at or upgraded to, with the year the text gives (docs/frameworks.md).
/// </summary>
public sealed class ArticlePartnership : IDatedPairRow
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int Position { get; set; }

    /// <summary>The level's code in partnerships.json (comprehensive-strategic, strategic…).</summary>
    public string Level { get; set; } = string.Empty;

    /// <summary>named, established or upgraded.</summary>
    public string Change { get; set; } = string.Empty;

    /// <summary>The year the level was reached, when the text says it.</summary>
    public int? ReachedIn { get; set; }

    /// <summary>Whether the article reports the change itself, so that the change dates from the article.</summary>
    public bool ReportsTheChange { get; set; }

    /// <summary>The level an upgrade started from, when the text names it.</summary>
    public string? PreviousLevel { get; set; }

    public string Evidence { get; set; } = string.Empty;

    // The article's pair and date, copied when the rows are derived (after the editors' corrections), so that the
    // lists filter, group and order these rows without reading the articles.

    /// <summary>The article's pair.</summary>
    public string? Pair { get; set; }

    /// <summary>The article's date, as far as it is known.</summary>
    public DateTime? Date { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }
}

namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// What an article says about the level of its pair's relationship (Core's <c>PartnershipStatement</c>): a level it
/// names, or one the relationship was established at or upgraded to, with the year the text gives (docs/agreements.md).
/// </summary>
public sealed class ArticlePartnership : DatedArticleRow
{
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
}

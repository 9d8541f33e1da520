namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// An editor's correction of one field of an article, kept apart from the parsed values so that
/// re-parsing the source file after a parser improvement never loses it.
/// </summary>
public sealed class ArticleOverride
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>One of <see cref="OverrideFields"/>.</summary>
    public required string Field { get; set; }

    /// <summary>The corrected value as JSON.</summary>
    public required string Value { get; set; }

    public required string SetBy { get; set; }

    public DateTime SetAt { get; set; }
}

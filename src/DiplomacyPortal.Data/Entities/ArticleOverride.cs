namespace DiplomacyPortal.Data.Entities;

/// <summary>The fields an editor can correct.</summary>
public static class OverrideFields
{
    public const string Date = "date";
    public const string Pair = "pair";
    public const string MeetingType = "meetingType";
    public const string Officials = "officials";

    /// <summary>Not an override: hiding and restoring are audited under this name.</summary>
    public const string Hidden = "hidden";
}

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

namespace DiplomacyPortal.Core.Extraction;

/// <summary>How much of an article's date is known.</summary>
public enum DatePrecision
{
    /// <summary>Nothing is known.</summary>
    Unknown,

    /// <summary>Only the year.</summary>
    Year,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>Year, month and day.</summary>
    Day,

    /// <summary>Month and day, year unknown ("4月1日").</summary>
    MonthDay,
}

/// <summary>The date an article reports, as precisely as the text allows, with where it came from.</summary>
public sealed record ArticleDate(int? Year, int? Month, int? Day, DatePrecision Precision, string? Evidence)
{
    /// <summary>No date at all.</summary>
    public static ArticleDate Unknown { get; } = new(null, null, null, DatePrecision.Unknown, null);

    /// <summary>The full date when year, month and day are all known.</summary>
    public DateOnly? AsDate => Year is { } y && Month is { } m && Day is { } d ? new DateOnly(y, m, d) : null;
}

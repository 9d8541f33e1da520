namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// An article that reports a meeting (an article reports at most one), with what the article says of it. The
/// report is kept here when the article is placed, so a meeting that gains a report is derived again from these
/// rows rather than from every report's text (the venue is read from the body's opening). Every change to an
/// article (reparse, correction, hiding) places it again and so writes its report anew.
/// </summary>
public sealed class MeetingArticle
{
    public int MeetingId { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The meeting type the article gives; null only on a row stored before reports were kept, until start-up fills it.</summary>
    public string? Type { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public string? DatePrecision { get; set; }

    public DateTime? Date { get; set; }

    /// <summary>Where the article places the meeting.</summary>
    public string? Place { get; set; }

    /// <summary>The country of the pair that the article says hosted it.</summary>
    public string? HostCountry { get; set; }
}

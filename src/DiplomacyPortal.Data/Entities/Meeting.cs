namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// One meeting between the two countries of a pair, however many articles report it: the dataset of who
/// met whom. Derived from the articles (never edited directly) and kept up to date as they change.
/// </summary>
public sealed class Meeting
{
    public int Id { get; set; }

    /// <summary>The pair in canonical form, "CN-VN".</summary>
    public required string Pair { get; set; }

    /// <summary>talks, meeting, visit, phone-call…</summary>
    public required string Type { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    /// <summary>unknown, year, month, day or month-day, as for articles.</summary>
    public required string DatePrecision { get; set; }

    /// <summary>The full date when known, to order and filter by range.</summary>
    public DateTime? Date { get; set; }

    /// <summary>Where it took place as the dateline gives it (河内, 驻老挝).</summary>
    public string? Place { get; set; }

    /// <summary>The country of the pair that hosted an in-person meeting, when the place shows it.</summary>
    public string? HostCountry { get; set; }

    /// <summary>The country of the pair that travelled to the host, when there is a host.</summary>
    public string? VisitorCountry { get; set; }

    public int ArticleCount { get; set; }

    public List<MeetingArticle> Articles { get; set; } = [];

    public List<MeetingParticipant> Participants { get; set; } = [];
}

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

/// <summary>An official who took part in a meeting, with the title an article gave them.</summary>
public sealed class MeetingParticipant
{
    public int MeetingId { get; set; }

    public int OfficialId { get; set; }

    public string? CountryCode { get; set; }

    public string? Title { get; set; }

    public Official? Official { get; set; }
}

namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// One meeting between the two countries of a pair, however many articles report it: the dataset of who
/// met whom. Derived from the articles (never edited directly) and kept up to date as they change.
/// </summary>
public sealed class Meeting : IDatedPairRow
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

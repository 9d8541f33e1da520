namespace DiplomacyPortal.Data.Entities;

/// <summary>An official who took part in a meeting, with the title an article gave them.</summary>
public sealed class MeetingParticipant
{
    public int MeetingId { get; set; }

    public int OfficialId { get; set; }

    public string? CountryCode { get; set; }

    public string? Title { get; set; }

    public Official? Official { get; set; }
}

namespace DiplomacyPortal.Core.Meetings;

/// <summary>A meeting's fields as its reports give them together (<see cref="MeetingRules.Derive"/>).</summary>
public sealed record DerivedMeeting(
    int? Year,
    int? Month,
    int? Day,
    string DatePrecision,
    DateTime? Date,
    string Type,
    string? Place,
    string? HostCountry,
    string? VisitorCountry,
    int ArticleCount,
    IReadOnlyList<ReportedParticipant> Participants);

namespace DiplomacyPortal.Core.Meetings;

/// <summary>An official as a report of a meeting names them.</summary>
public sealed record ReportedParticipant(int OfficialId, string? CountryCode, string? Title);

namespace DiplomacyPortal.Core.Meetings;

/// <summary>An official an article names, in the article's order: who they are, for which country, and whether the headline or lead names them.</summary>
public sealed record NamedOfficial(int OfficialId, string? CountryCode, string? Title, bool IsProminent);

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>A corrected official of an article.</summary>
public sealed record OfficialCorrection(string Name, string? CountryCode, string? Title);

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>A corrected date, as an editor sets it.</summary>
public sealed record DateCorrection(int? Year, int? Month, int? Day);

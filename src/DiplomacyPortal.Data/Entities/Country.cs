namespace DiplomacyPortal.Data.Entities;

/// <summary>A country, seeded from the gazetteer's data file.</summary>
public sealed class Country
{
    /// <summary>ISO 3166 alpha-2.</summary>
    public required string Code { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    /// <summary>When Vietnam established diplomatic relations with it, if known.</summary>
    public DateOnly? RelationsEstablished { get; set; }
}

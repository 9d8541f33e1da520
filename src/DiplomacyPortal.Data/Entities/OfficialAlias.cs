namespace DiplomacyPortal.Data.Entities;

/// <summary>Another way of writing an official's name (Chinese spelling, romanisation without diacritics).</summary>
public sealed class OfficialAlias
{
    public int Id { get; set; }

    public int OfficialId { get; set; }

    public required string Alias { get; set; }
}

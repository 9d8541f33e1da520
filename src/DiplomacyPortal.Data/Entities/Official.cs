namespace DiplomacyPortal.Data.Entities;

/// <summary>A person, one row however many titles and articles.</summary>
public sealed class Official
{
    public int Id { get; set; }

    /// <summary>The Chinese name as VNA writes it.</summary>
    public required string Name { get; set; }

    public string? CountryCode { get; set; }

    public string? LatinName { get; set; }

    public string? VietnameseName { get; set; }

    /// <summary>Whether the gazetteer knows the official.</summary>
    public bool IsKnown { get; set; }

    public List<OfficialAlias> Aliases { get; set; } = [];

    public List<ArticleOfficial> Articles { get; set; } = [];
}

namespace DiplomacyPortal.Data.Entities;

/// <summary>A country an article names, with how often.</summary>
public sealed class ArticleCountry
{
    public int ArticleId { get; set; }

    public required string CountryCode { get; set; }

    public int Mentions { get; set; }

    /// <summary>Whether the country is one of the article's pair.</summary>
    public bool InPair { get; set; }
}

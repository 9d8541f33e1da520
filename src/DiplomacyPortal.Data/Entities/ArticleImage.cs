namespace DiplomacyPortal.Data.Entities;

/// <summary>A photo of an article.</summary>
public sealed class ArticleImage
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int Position { get; set; }

    public int? Number { get; set; }

    public string? Caption { get; set; }

    public string? Credit { get; set; }
}

namespace DiplomacyPortal.Data.Entities;

/// <summary>An item of an article's 更多 / 相关新闻 list, linked to the full article once the store has it.</summary>
public sealed class RelatedItem
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int Position { get; set; }

    public string? Caption { get; set; }

    public string? Credit { get; set; }

    public required string Headline { get; set; }

    public required string HeadlineKey { get; set; }

    public string? Summary { get; set; }

    /// <summary>Where the item's link points, when the page gave an absolute address.</summary>
    public string? Url { get; set; }

    /// <summary>The stored article fetched from the item's address, else the one with the same headline, if any.</summary>
    public int? LinkedArticleId { get; set; }

    public Article? LinkedArticle { get; set; }
}

namespace DiplomacyPortal.Data.Entities;

/// <summary>An official named in an article, with the title as written there.</summary>
public sealed class ArticleOfficial
{
    public int ArticleId { get; set; }

    public int OfficialId { get; set; }

    public string? Title { get; set; }

    /// <summary>The official's country as this article gives it.</summary>
    public string? CountryCode { get; set; }

    public int Mentions { get; set; }

    /// <summary>Order of first mention in the article.</summary>
    public int Position { get; set; }

    /// <summary>Named in the headline or the lead: one of the people the article is about, not only mentioned.</summary>
    public bool IsProminent { get; set; }

    // The article's pair and date, copied here when the link is written (an import, a reparse and a correction all
    // write the links after the article's fields are final): a pair's officials are counted, and an official's
    // articles dated, from this table's own indexes instead of reading each article's row (a page or more, as the
    // row holds the body); at 100,000 articles that was most of the pair and official pages' time.

    public string? Pair { get; set; }

    public DateTime? Date { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public Official? Official { get; set; }
}

namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// A row derived from an article that also carries the article's pair and date, copied when the rows are derived (after
/// the editors' corrections), so that a list of such rows filters, groups and orders without reading the articles.
/// </summary>
public abstract class DatedArticleRow : IDatedPairRow
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>Its place among the article's rows of its kind.</summary>
    public int Position { get; set; }

    /// <summary>The article's pair.</summary>
    public string? Pair { get; set; }

    /// <summary>The article's date, as far as it is known.</summary>
    public DateTime? Date { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    /// <summary>Takes the article's pair and date.</summary>
    public void StampFrom(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        (Pair, Date, Year, Month, Day) = (article.Pair, article.Date, article.Year, article.Month, article.Day);
    }
}

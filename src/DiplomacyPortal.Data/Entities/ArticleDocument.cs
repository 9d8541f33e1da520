namespace DiplomacyPortal.Data.Entities;

/// <summary>
/// A document an article reports signed, exchanged or adopted (Core's <c>SignedDocument</c>). Reports of one signing
/// in several articles are one agreement: the same pair, date and <see cref="TitleKey"/> (docs/agreements.md).
/// </summary>
public sealed class ArticleDocument : DatedArticleRow
{
    /// <summary>The title as written: the words inside 《》 when the article gives them, else the phrase.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The title without spaces or punctuation, which groups the reports of one document.</summary>
    public string TitleKey { get; set; } = string.Empty;

    /// <summary>agreement, memorandum, joint-statement, plan, treaty or other.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The bodies named as parties (ministries, provinces), one a line; null when the article names none.</summary>
    public string? Parties { get; set; }

    /// <summary>The sentence that reports the signing.</summary>
    public string Evidence { get; set; } = string.Empty;
}

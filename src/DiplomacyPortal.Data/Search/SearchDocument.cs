using DiplomacyPortal.Data.Entities;

namespace DiplomacyPortal.Data.Search;

/// <summary>
/// An article's text as the index stores it: bigrams and single characters of the headline with the lead and of
/// the body with the captions, and the Latin words of both. Pure, so a bulk import computes it for many articles
/// at once on all cores before it takes the write lock.
/// </summary>
public sealed record SearchDocument(string HeadBigrams, string BodyBigrams, string HeadUnigrams, string BodyUnigrams, string LatinWords)
{
    public static SearchDocument Of(Article article, IEnumerable<string?> captions)
    {
        ArgumentNullException.ThrowIfNull(article);
        var head = $"{article.Headline}\n{article.Lead}";
        var body = string.Join('\n', captions.Prepend(article.Body));
        return new(SearchTokens.Bigrams(head), SearchTokens.Bigrams(body), SearchTokens.Unigrams(head), SearchTokens.Unigrams(body), SearchTokens.LatinWords($"{head}\n{body}"));
    }

    /// <summary>The Latin words with the romanised names and aliases of the article's officials, which the text may not spell out.</summary>
    public string LatinWordsWith(IEnumerable<string> latinNames) => $"{LatinWords} {SearchTokens.LatinWords(string.Join('\n', latinNames))}";
}

namespace DiplomacyPortal.Data.Search;

/// <summary>Which tokens of the index a query term is matched against.</summary>
public enum SearchField
{
    /// <summary>Character bigrams of Chinese text (a word of two or more characters).</summary>
    Bigrams,

    /// <summary>Single Chinese characters (a one-character query).</summary>
    Unigrams,

    /// <summary>Latin words, diacritics folded (romanised names).</summary>
    Latin,
}

/// <summary>One term of a query: tokens that must stand next to each other, in order, in one field.</summary>
public sealed record SearchTerm(SearchField Field, IReadOnlyList<string> Tokens);

/// <summary>
/// Reads what a reader typed as terms that every article must match: each Han run, and the Latin words as one
/// phrase. Quotes, operators (AND, OR, NOT, *), brackets and any other syntax are dropped, so no input can
/// produce a syntax error in the database engine's query language.
/// </summary>
public static class SearchQuery
{
    /// <summary>The terms of a query; empty when it holds nothing searchable.</summary>
    public static IReadOnlyList<SearchTerm> Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var terms = new List<SearchTerm>();
        foreach (var word in query.Split((char[])[' ', '\u3000', '\t', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var run in SearchTokens.HanRuns(word))
            {
                terms.Add(run.Length == 1
                    ? new SearchTerm(SearchField.Unigrams, [run])
                    : new SearchTerm(SearchField.Bigrams, SearchTokens.Bigrams(run).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t != "|").ToList()));
            }
        }

        // Latin words form one phrase, so "Wang Yi" matches the name, not two words anywhere.
        var latin = SearchTokens.LatinWordList(query).Where(w => w is not ("and" or "or" or "not" or "near")).ToList();
        if (latin.Count > 0)
        {
            terms.Add(new SearchTerm(SearchField.Latin, latin));
        }

        return terms;
    }

    /// <summary>The Han runs and Latin words of a query, for highlighting.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : [.. SearchTokens.HanRuns(query), .. query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => SearchTokens.LatinWordList(w).Count > 0)];
}

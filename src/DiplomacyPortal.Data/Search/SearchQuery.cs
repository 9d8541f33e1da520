namespace DiplomacyPortal.Data.Search;

/// <summary>
/// Builds an FTS5 match expression from what a reader typed. The expression is assembled from the
/// query's Han runs and Latin words only — quotes, operators (AND, OR, NOT, *), brackets and any other
/// syntax are dropped — so no input can produce an FTS syntax error.
/// </summary>
public static class SearchQuery
{
    /// <summary>The match expression, or null when the query holds nothing searchable.</summary>
    public static string? ToMatchExpression(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var term in query.Split((char[])[' ', '\u3000', '\t', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var run in SearchTokens.HanRuns(term))
            {
                parts.Add(run.Length == 1
                    ? $"{{head_uni body_uni}} : \"{run}\""
                    : $"{{head_bi body_bi}} : \"{SearchTokens.Bigrams(run).Replace("|", string.Empty, StringComparison.Ordinal).Trim()}\"");
            }
        }

        // Latin words form one phrase, so "Wang Yi" matches the name, not two words anywhere.
        var latin = SearchTokens.LatinWordList(query).Where(w => w is not ("and" or "or" or "not" or "near")).ToList();
        if (latin.Count > 0)
        {
            parts.Add($"latin : \"{string.Join(' ', latin)}\"");
        }

        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    /// <summary>The Han runs and Latin words of a query, for highlighting.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : [.. SearchTokens.HanRuns(query), .. query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => SearchTokens.LatinWordList(w).Count > 0)];
}

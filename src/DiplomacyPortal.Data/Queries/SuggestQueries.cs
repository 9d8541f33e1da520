using System.Globalization;
using System.Text;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>A place the search box can lead to: an official, a country or a pair, with its names in both scripts.</summary>
public sealed record Suggestion(string Kind, string Label, string? Chinese, string Url);

/// <summary>
/// What the search box suggests as someone types: officials by their Chinese or romanised name (diacritics optional:
/// Le Hoai Trung finds Lê Hoài Trung), countries by their Chinese or English name, and pairs written as two countries
/// (Vietnam Laos, 越南 老挝, 越老 is not guessed).
/// </summary>
public static class SuggestQueries
{
    public const int MaxSuggestions = 10;

    public static async Task<List<Suggestion>> SuggestAsync(PortalDbContext db, string? typed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = (typed ?? string.Empty).Trim();
        if (q.Length == 0)
        {
            return [];
        }

        var suggestions = new List<Suggestion>();
        suggestions.AddRange(Pairs(q));
        suggestions.AddRange(Countries(q));
        suggestions.AddRange(await OfficialsAsync(db, q, cancellationToken));
        return [.. suggestions.DistinctBy(s => s.Url).Take(MaxSuggestions)];
    }

    private static async Task<List<Suggestion>> OfficialsAsync(PortalDbContext db, string q, CancellationToken cancellationToken)
    {
        var folded = Fold(q);
        var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() here becomes the database's lower(); no .NET culture is involved
        var found = await Visibility.Officials(db)
            .Where(o => o.Name.Contains(q) || (o.LatinName != null && o.LatinName.ToLower().Contains(folded)) || (o.VietnameseName != null && o.VietnameseName.ToLower().Contains(lower)))
#pragma warning restore CA1304, CA1311, CA1862
            .OrderBy(o => o.Name.Length).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name, o.LatinName, o.VietnameseName })
            .Take(MaxSuggestions)
            .ToListAsync(cancellationToken);
        return [.. found.Select(o => new Suggestion("official", o.VietnameseName ?? o.LatinName ?? o.Name, o.Name, $"/officials/{o.Id}"))];
    }

    private static IEnumerable<Suggestion> Countries(string q) =>
        MatchingCountries(q).Take(MaxSuggestions).Select(c => new Suggestion("country", c.English, c.Chinese, $"/countries/{c.Code}"));

    /// <summary>Two words that each name a country: the pair of the first country each names.</summary>
    private static IEnumerable<Suggestion> Pairs(string q)
    {
        var words = q.Split([' ', '-', '–', '—', '、', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || MatchingCountries(words[0]).FirstOrDefault() is not { } a || MatchingCountries(words[1]).FirstOrDefault() is not { } b || a.Code == b.Code)
        {
            return [];
        }

        var pair = new CountryPair(a.Code, b.Code);
        return [new Suggestion("pair", $"{a.English}–{b.English}", $"{a.Chinese}–{b.Chinese}", $"/pairs/{pair}")];
    }

    // Countries whose Chinese name, one of its aliases or its English name begins with the words typed (any case).
    private static IEnumerable<KnownCountry> MatchingCountries(string q) =>
        GazetteerData.Default.Countries.Where(c =>
            c.English.StartsWith(q, StringComparison.OrdinalIgnoreCase) || c.Chinese.StartsWith(q, StringComparison.Ordinal)
            || c.Aliases.Any(a => a.StartsWith(q, StringComparison.Ordinal)) || string.Equals(c.Code, q, StringComparison.OrdinalIgnoreCase))
        .OrderBy(c => c.English.Length);

    /// <summary>Lower case without diacritics: Lê Hoài Trung and le hoai trung are the same name typed.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            plain.Append(c);
        }

        return plain.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}

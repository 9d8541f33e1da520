using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Finds or creates the one row of each official and links it to articles with the title as written there.
/// One linker serves a whole batch, so an official new to the store is created once however many articles name it.
/// </summary>
internal sealed class OfficialLinker(PortalDbContext db)
{
    private static readonly Dictionary<string, KnownOfficial> Known = GazetteerData.Default.Officials.ToDictionary(o => o.Name);
    private readonly Dictionary<string, Official> _officials = new(StringComparer.Ordinal);

    /// <summary>Loads the stored officials among <paramref name="names"/> in one query.</summary>
    public async Task PreloadAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var missing = names.Where(n => !_officials.ContainsKey(n)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var official in await db.Officials.Include(o => o.Aliases).Where(o => missing.Contains(o.Name)).ToListAsync(cancellationToken))
            {
                _officials[official.Name] = official;
            }
        }
    }

    public async Task LinkAsync(Article article, IReadOnlyList<ExtractedOfficial> found, CancellationToken cancellationToken)
    {
        await PreloadAsync(found.Select(o => o.Name), cancellationToken);

        foreach (var (extracted, position) in found.Select((o, i) => (o, i)))
        {
            if (!_officials.TryGetValue(extracted.Name, out var official))
            {
                official = new Official { Name = extracted.Name };
                db.Officials.Add(official);
                _officials[extracted.Name] = official;
            }

            official.CountryCode ??= extracted.CountryCode;
            official.LatinName ??= extracted.LatinName;
            official.VietnameseName ??= extracted.VietnameseName;
            official.IsKnown |= extracted.IsKnown;
            foreach (var alias in AliasesOf(official).Where(a => official.Aliases.All(x => x.Alias != a)))
            {
                official.Aliases.Add(new OfficialAlias { Alias = alias });
            }

            article.Officials.Add(new ArticleOfficial
            {
                Official = official,
                Title = extracted.Title,
                CountryCode = extracted.CountryCode,
                Mentions = extracted.Mentions,
                Position = position,
                Pair = article.Pair,
                Date = article.Date,
                Year = article.Year,
                Month = article.Month,
                IsProminent = extracted.Parts.Contains(ArticlePart.Headline) || extracted.Parts.Contains(ArticlePart.Lead),
            });
        }
    }

    /// <summary>Romanised names and aliases of the article's officials, for the search index.</summary>
    public static IEnumerable<string> LatinNamesOf(Article article) =>
        article.Officials.Select(o => o.Official).OfType<Official>().SelectMany(AliasesOf).Distinct();

    private static List<string> AliasesOf(Official official)
    {
        var aliases = new List<string?> { official.LatinName, official.VietnameseName };
        if (Known.TryGetValue(official.Name, out var entry))
        {
            aliases.AddRange(entry.Aliases);
        }

        return aliases.OfType<string>().Distinct().ToList();
    }
}

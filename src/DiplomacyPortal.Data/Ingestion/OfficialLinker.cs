using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>Finds or creates the one row of each official and links it to the article with the title as written there.</summary>
internal static class OfficialLinker
{
    /// <summary>Links the officials; returns their romanised names and aliases for the search index.</summary>
    public static async Task<List<string>> LinkAsync(PortalDbContext db, Article article, IReadOnlyList<ExtractedOfficial> officials, CancellationToken cancellationToken)
    {
        var names = officials.Select(o => o.Name).Distinct().ToList();
        var existing = await db.Officials.Include(o => o.Aliases).Where(o => names.Contains(o.Name)).ToDictionaryAsync(o => o.Name, cancellationToken);
        var known = GazetteerData.Default.Officials.ToDictionary(o => o.Name);
        var latinNames = new List<string>();

        foreach (var (found, position) in officials.Select((o, i) => (o, i)))
        {
            if (!existing.TryGetValue(found.Name, out var official))
            {
                official = new Official { Name = found.Name };
                db.Officials.Add(official);
                existing[found.Name] = official;
            }

            official.CountryCode ??= found.CountryCode;
            official.LatinName ??= found.LatinName;
            official.VietnameseName ??= found.VietnameseName;
            official.IsKnown |= found.IsKnown;
            var aliases = new List<string?> { official.LatinName, official.VietnameseName };
            if (known.TryGetValue(found.Name, out var entry))
            {
                aliases.AddRange(entry.Aliases);
            }

            foreach (var alias in aliases.OfType<string>().Distinct().Where(a => official.Aliases.All(x => x.Alias != a)))
            {
                official.Aliases.Add(new OfficialAlias { Alias = alias });
            }

            latinNames.AddRange(aliases.OfType<string>());
            article.Officials.Add(new ArticleOfficial
            {
                Official = official,
                Title = found.Title,
                CountryCode = found.CountryCode,
                Mentions = found.Mentions,
                Position = position,
            });
        }

        return latinNames;
    }
}

using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Finds or creates the one row of each official and links it to articles with the title as written there.
/// One linker serves a whole batch, so an official new to the store is created once however many articles name it;
/// given the officials its import saved in earlier batches (<see cref="SavedOfficials"/>), it links to those without
/// reading them again.
/// </summary>
internal sealed class OfficialLinker(PortalDbContext db, SavedOfficials? saved = null)
{
    private static readonly Dictionary<string, KnownOfficial> Known = GazetteerData.Default.Officials.ToDictionary(o => o.Name);
    private readonly Dictionary<string, Official> _officials = new(StringComparer.Ordinal);

    /// <summary>Names looked up and not stored: each is created at its first link, not looked up again for every article naming it.</summary>
    private readonly HashSet<string> _notStored = new(StringComparer.Ordinal);

    /// <summary>Saved officials this batch links to without tracking them: attached to the context when a link adds to one.</summary>
    private readonly HashSet<Official> _unattached = new(ReferenceEqualityComparer.Instance);

    /// <summary>The officials this linker linked, with their ids once saved.</summary>
    public IEnumerable<Official> Linked => _officials.Values;

    /// <summary>
    /// Stored officials known by another form of a name: an alias (本扬 of 本扬·沃拉吉), or the short name a
    /// stored official still goes by when the full one arrives (本扬 stored first, 本扬·沃拉吉 now).
    /// </summary>
    private readonly Dictionary<string, Official> _byForm = new(StringComparer.Ordinal);

    /// <summary>Loads the stored officials among <paramref name="names"/>, by name, then by their other forms.</summary>
    public async Task PreloadAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var missing = names.Where(n => !_officials.ContainsKey(n) && !_notStored.Contains(n) && !_byForm.ContainsKey(n) && !(saved?.Contains(n) ?? false)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var official in await db.Officials.Include(o => o.Aliases).Where(o => missing.Contains(o.Name)).ToListAsync(cancellationToken))
        {
            _officials[official.Name] = official;
        }

        var byOtherForm = missing.Where(n => !_officials.ContainsKey(n)).ToList();
        var parts = byOtherForm.SelectMany(n => NameForms.Parts(n).Select(p => (Part: p, Name: n))).ToList();
        var partNames = parts.Select(p => p.Part).Distinct().ToList();
        if (byOtherForm.Count > 0)
        {
            var stored = await db.Officials.Include(o => o.Aliases)
                .Where(o => o.Aliases.Any(a => byOtherForm.Contains(a.Alias)) || partNames.Contains(o.Name))
                .ToListAsync(cancellationToken);
            foreach (var official in stored)
            {
                foreach (var alias in official.Aliases.Select(a => a.Alias).Where(byOtherForm.Contains))
                {
                    _byForm.TryAdd(alias, official);
                }

                foreach (var (_, name) in parts.Where(p => p.Part == official.Name))
                {
                    _byForm.TryAdd(name, official);
                }
            }
        }

        _notStored.UnionWith(byOtherForm.Where(n => !_byForm.ContainsKey(n)));
    }

    public async Task LinkAsync(Article article, IReadOnlyList<ExtractedOfficial> found, CancellationToken cancellationToken)
    {
        await PreloadAsync(found.Select(o => o.Key), cancellationToken);

        foreach (var (extracted, position) in found.Select((o, i) => (o, i)))
        {
            var official = OfficialFor(extracted);
            if (article.Officials.Any(l => ReferenceEquals(l.Official, official)))
            {
                continue; // two forms found in one article that the store knows as one person
            }

            official.CountryCode ??= extracted.CountryCode;
            official.LatinName ??= extracted.LatinName;
            official.VietnameseName ??= extracted.VietnameseName;
            official.IsKnown |= extracted.IsKnown;
            foreach (var alias in AliasesOf(official).Concat(WrittenForms(extracted)).Distinct().Where(a => a != official.Name && official.Aliases.All(x => x.Alias != a)))
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

    /// <summary>
    /// The official of a name: this batch's, one saved earlier in the import (tracked only once a link adds to it, so
    /// the batch neither reads nor checks the others), or a new one.
    /// </summary>
    private Official OfficialFor(ExtractedOfficial extracted)
    {
        if (_officials.TryGetValue(extracted.Key, out var official))
        {
            if (_unattached.Contains(official) && Adds(official, extracted))
            {
                db.Officials.Attach(official);
                _unattached.Remove(official);
            }

            return official;
        }

        if (saved is not null && saved.TryGet(extracted.Key, out official))
        {
            if (Adds(official, extracted))
            {
                db.Officials.Attach(official);
            }
            else
            {
                _unattached.Add(official);
            }
        }
        else if (_byForm.TryGetValue(extracted.Key, out official) && Renames(official, extracted) is var renames
            && (renames || (!NameForms.Parts(extracted.Key).Contains(official.Name) && SameCountry(official, extracted))))
        {
            // The fuller name wins: a stored 本扬 becomes 本扬·沃拉吉, keeping its short name as an alias.
            if (renames)
            {
                official.Aliases.Add(new OfficialAlias { Alias = official.Name });
                official.Name = extracted.Key;
            }

            if (_unattached.Remove(official) || db.Entry(official).State == EntityState.Detached)
            {
                db.Officials.Attach(official);
            }
        }
        else
        {
            official = new Official { Name = extracted.Key };
            db.Officials.Add(official);
        }

        _officials[extracted.Key] = official;
        if (NameForms.LastPart(extracted.Key) is { Length: >= 2 } family)
        {
            _byForm.TryAdd(family, official); // later articles of this batch may write the family name alone
        }

        return official;
    }

    private static bool SameCountry(Official official, ExtractedOfficial extracted) =>
        official.CountryCode is null || extracted.CountryCode is null || official.CountryCode == extracted.CountryCode;

    /// <summary>
    /// Whether a stored official known by one part of a name is the person this full name names: only where both
    /// countries are known and the same, since a given name alone (穆罕默德, 弗拉基米尔) is many people's.
    /// </summary>
    private bool Renames(Official official, ExtractedOfficial extracted) =>
        NameForms.Parts(extracted.Key).Contains(official.Name) && !_officials.ContainsKey(extracted.Key)
        && official.CountryCode is not null && official.CountryCode == extracted.CountryCode;

    /// <summary>
    /// Whether a link gives a saved official a value it lacks: a country, a romanised name, or a form of its name
    /// not yet among its aliases.
    /// </summary>
    private static bool Adds(Official official, ExtractedOfficial extracted) =>
        (official.CountryCode is null && extracted.CountryCode is not null)
        || (official.LatinName is null && extracted.LatinName is not null)
        || (official.VietnameseName is null && extracted.VietnameseName is not null)
        || (!official.IsKnown && extracted.IsKnown)
        || WrittenForms(extracted).Any(f => f != official.Name && official.Aliases.All(a => a.Alias != f));

    /// <summary>
    /// The forms this article wrote the official's name in, and the family name of a transliterated one, besides the
    /// name the store keeps: later articles find the official by any of them. (Not the given name: it is too many
    /// people's, 弗拉基米尔 would find Putin.)
    /// </summary>
    private static IEnumerable<string> WrittenForms(ExtractedOfficial extracted) =>
        extracted.OtherForms.Prepend(extracted.Name).Append(NameForms.LastPart(extracted.Key)).Where(f => f.Length >= 2);

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

/// <summary>
/// The officials one import has saved, kept across its batches as entities with their ids and aliases. Officials are
/// never deleted and only gain values, so what the import saved stays true while it runs; after a batch that failed,
/// whose transaction undid what it added, the import forgets them all and reads them again.
/// </summary>
internal sealed class SavedOfficials
{
    private readonly Dictionary<string, Official> _byName = new(StringComparer.Ordinal);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Official official) => _byName.TryGetValue(name, out official);

    /// <summary>Keeps the officials of a committed batch.</summary>
    public void Remember(IEnumerable<Official> officials)
    {
        foreach (var official in officials)
        {
            _byName[official.Name] = official;
        }
    }

    public void Forget() => _byName.Clear();
}

namespace DiplomacyPortal.Core.Extraction;

/// <summary>Turns the mentions an article makes into its officials, one per person.</summary>
internal static class OfficialMerger
{
    /// <summary>
    /// One person, one official: the names the gazetteer ties together, the short and the full form of a
    /// transliterated name, and its two dots (· •) are one official, under the fullest form the text wrote.
    /// </summary>
    public static List<ExtractedOfficial> Merge(List<OfficialMention> mentions, ICollection<string> doubtful)
    {
        var ordered = mentions.OrderBy(m => m.Order).ThenBy(m => m.Index).ToList();
        var fullNames = ordered.Where(m => m.Known is null).Select(m => NameForms.Key(m.Name)).Where(n => n.Contains('·', StringComparison.Ordinal)).Distinct().ToList();
        var knownForms = ordered.Where(m => m.Known is not null).GroupBy(m => NameForms.Key(m.Written)).ToDictionary(g => g.Key, g => g.First().Known!.Name);
        string Canonical(string name)
        {
            var key = NameForms.Key(name);
            if (key.Split('·').FirstOrDefault(knownForms.ContainsKey) is { } knownPart)
            {
                return knownForms[knownPart]; // 路易斯·伊纳西奥·卢拉·达席尔瓦 beside the gazetteer's 卢拉
            }

            if (key.Length >= 3 && knownForms.FirstOrDefault(k => k.Key.Length == key.Length + 1 && k.Key.StartsWith(key, StringComparison.Ordinal)).Value is { } cutKnown)
            {
                return cutKnown; // 茂木敏 read short of the gazetteer's 茂木敏充
            }

            return fullNames.FirstOrDefault(f => f != key && NameForms.PartRuns(f).Contains(key)) ?? key;
        }

        // A name needs evidence: the gazetteer, a Chinese or Vietnamese surname, the dots or the Latin spelling
        // of a transliteration, a second mention, or at least a verb or a stop after it. A run read once between
        // two titles without any of these is better missed, with a warning, than invented.
        var groups = ordered.GroupBy(m => m.Known?.Name ?? Canonical(m.Name)).ToList();
        foreach (var group in groups.Where(g => g.Count() == 1 && g.All(m => m.Doubtful)))
        {
            doubtful.Add(group.First().Written);
        }

        return groups
            .Where(g => !(g.Count() == 1 && g.All(m => m.Doubtful)))
            .Select(group =>
            {
                var known = group.Select(m => m.Known).FirstOrDefault(k => k is not null);
                var titles = group.Select(m => m.Title).OfType<string>().Where(t => t.Length > 0).Distinct().ToList();
                var written = group.Select(m => m.Written).Distinct().ToList();
                var fullest = written.OrderByDescending(w => w.IndexOfAny(NameForms.DotArray) >= 0).ThenByDescending(w => w.Length).ThenByDescending(w => w.Contains('·', StringComparison.Ordinal)).First();
                return new ExtractedOfficial(
                    Name: fullest,
                    CountryCode: group.Select(m => m.CountryCode).FirstOrDefault(c => c is not null) ?? known?.CountryCode,
                    Title: titles.FirstOrDefault(),
                    Titles: titles,
                    LatinName: group.Select(m => m.LatinName).FirstOrDefault(l => l is not null) ?? known?.LatinName,
                    VietnameseName: known?.VietnameseName,
                    Mentions: group.Count(),
                    Parts: group.Select(m => m.Part).Distinct().Order().ToList(),
                    IsKnown: known is not null)
                {
                    Key = group.Key,
                    OtherForms = written.Where(w => w != fullest).ToList(),
                };
            })
            .ToList();
    }
}

using DiplomacyPortal.Core.Gazetteer;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>The bilateral pair of an article and why.</summary>
public sealed record PairDecision(CountryPair? Pair, string? Evidence, string? Warning);

/// <summary>
/// Decides which two countries an article is about: from the headline, then the lead, then the officials'
/// countries, then — only when one country clearly dominates — the body. A country merely mentioned in
/// the body (a venue, a third party) is not the pair; a multilateral or domestic story has none.
/// </summary>
public sealed class PairResolver(GazetteerData gazetteer)
{
    private const string Vietnam = "VN";

    /// <summary>The shared resolver over the embedded gazetteer.</summary>
    public static PairResolver Default { get; } = new(GazetteerData.Default);

    /// <summary>Decides the pair from the countries and officials found in each part of the article.</summary>
    public PairDecision Resolve(
        string? headline,
        IReadOnlyList<CountryMention> headlineCountries,
        IReadOnlyList<CountryMention> leadCountries,
        IReadOnlyList<CountryMention> bodyCountries,
        IReadOnlyList<ExtractedOfficial> officials)
    {
        ArgumentNullException.ThrowIfNull(officials);
        var inHeadline = Codes(headlineCountries, officials, ArticlePart.Headline);
        if (inHeadline.Count == 2)
        {
            return Decide(inHeadline, "headline", headlineCountries, officials, ArticlePart.Headline);
        }

        if (inHeadline.Count > 2)
        {
            return new PairDecision(null, $"the headline names {inHeadline.Count} countries", null);
        }

        var organization = headline is null ? null : gazetteer.Organizations.FirstOrDefault(o => headline.Contains(o, StringComparison.Ordinal));
        if (organization is not null)
        {
            return new PairDecision(null, $"multilateral: the headline names {organization}", null);
        }

        var inLead = inHeadline.Union(Codes(leadCountries, officials, ArticlePart.Lead)).ToList();
        if (inLead.Count == 2)
        {
            return Decide(inLead, "headline and lead", leadCountries, officials, ArticlePart.Lead);
        }

        var weights = Weigh(leadCountries.Concat(bodyCountries), officials);
        if (inLead.Count > 2)
        {
            // The headline names one side; the lead several others: take the other side the article dwells on.
            var anchor = inHeadline.FirstOrDefault() ?? Vietnam;
            return Dominant(weights, inLead.Where(c => c != anchor), anchor, "the country the lead and body name most");
        }

        var officialCountries = officials.Select(o => o.CountryCode).OfType<string>().Distinct().ToList();
        var anchorCountry = inLead.FirstOrDefault()
            ?? (officialCountries.Contains(Vietnam) || weights.ContainsKey(Vietnam) ? Vietnam : null);
        if (anchorCountry is null)
        {
            return new PairDecision(null, null, null);
        }

        var partners = officialCountries.Where(c => c != anchorCountry).ToList();
        if (partners.Count == 1)
        {
            return new PairDecision(new CountryPair(anchorCountry, partners[0]), $"{Describe(anchorCountry, inLead)}; officials of {partners[0]}", null);
        }

        if (partners.Count > 1)
        {
            return Dominant(weights, partners, anchorCountry, "the officials' country named most");
        }

        // Nothing but the body is left: only a country that dominates it makes the pair.
        return Dominant(weights, weights.Keys.Where(c => c != anchorCountry), anchorCountry, "the country the body names most", minimum: 3);
    }

    private static PairDecision Decide(List<string> codes, string where, IReadOnlyList<CountryMention> mentions, IReadOnlyList<ExtractedOfficial> officials, ArticlePart part)
    {
        var forms = mentions.Select(m => m.Text)
            .Concat(officials.Where(o => o.Parts.Contains(part) && o.CountryCode is not null).Select(o => o.Name))
            .Distinct()
            .ToList();
        return new PairDecision(new CountryPair(codes[0], codes[1]), $"{where}: {string.Join(", ", forms)}", null);
    }

    private static string Describe(string anchor, List<string> inLead) => inLead.Contains(anchor) ? $"{anchor} from the headline or lead" : $"{anchor} from the text";

    private static PairDecision Dominant(Dictionary<string, int> weights, IEnumerable<string> candidates, string anchor, string why, int minimum = 1)
    {
        var ranked = candidates.Distinct().Select(c => (Code: c, Weight: weights.GetValueOrDefault(c))).OrderByDescending(c => c.Weight).ToList();
        if (ranked.Count == 0 || ranked[0].Weight < minimum || (ranked.Count > 1 && ranked[0].Weight < 2 * ranked[1].Weight))
        {
            var warning = ranked.Count > 1 && ranked[0].Weight >= minimum
                ? $"No clear bilateral partner: {string.Join(", ", ranked.Take(3).Select(r => r.Code))} are named about as often."
                : null;
            return new PairDecision(null, null, warning);
        }

        return new PairDecision(new CountryPair(anchor, ranked[0].Code), $"{why} ({ranked[0].Code}, {ranked[0].Weight} mentions)", null);
    }

    private static List<string> Codes(IReadOnlyList<CountryMention> mentions, IReadOnlyList<ExtractedOfficial> officials, ArticlePart part) =>
        mentions.Select(m => m.Code)
            .Concat(officials.Where(o => o.Parts.Contains(part)).Select(o => o.CountryCode).OfType<string>())
            .Distinct()
            .ToList();

    private static Dictionary<string, int> Weigh(IEnumerable<CountryMention> mentions, IReadOnlyList<ExtractedOfficial> officials)
    {
        var weights = new Dictionary<string, int>();
        foreach (var mention in mentions)
        {
            weights[mention.Code] = weights.GetValueOrDefault(mention.Code) + 1;
        }

        foreach (var official in officials.Where(o => o.CountryCode is not null))
        {
            weights[official.CountryCode!] = weights.GetValueOrDefault(official.CountryCode!) + official.Mentions;
        }

        return weights;
    }
}

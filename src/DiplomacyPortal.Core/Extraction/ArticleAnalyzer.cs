using DiplomacyPortal.Core.Bilateral;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// Runs the extractors over a parsed article. Only the article's own text counts: the related list
/// (更多) is made of other articles and is left out.
/// </summary>
public sealed class ArticleAnalyzer(GazetteerData gazetteer, CountryFinder countries, OfficialFinder officials, PairResolver pairs, DateResolver dates, MeetingTypeClassifier meetingTypes, DocumentFinder documents, PartnershipFinder partnerships)
{
    /// <summary>The shared analyzer over the embedded gazetteer.</summary>
    public static ArticleAnalyzer Default { get; } = new(GazetteerData.Default, CountryFinder.Default, OfficialFinder.Default, PairResolver.Default, DateResolver.Default, MeetingTypeClassifier.Default, DocumentFinder.Default, PartnershipFinder.Default);

    /// <summary>Builds an analyzer over another gazetteer (a maintainer's edited copy, a test's).</summary>
    public static ArticleAnalyzer For(GazetteerData gazetteer)
    {
        var countryFinder = new CountryFinder(gazetteer);
        return new ArticleAnalyzer(gazetteer, countryFinder, new OfficialFinder(gazetteer, countryFinder), new PairResolver(gazetteer), new DateResolver(gazetteer, countryFinder), new MeetingTypeClassifier(gazetteer), new DocumentFinder(gazetteer), new PartnershipFinder(gazetteer));
    }

    /// <summary>Extracts countries, pair, officials, date, meeting type, documents signed and partnership statements.</summary>
    public ArticleAnalysis Analyze(ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var texts = TextsOf(article);
        var scans = texts.Select(t => (t.Part, Scan: countries.Scan(t.Text))).ToList();
        var warnings = scans.SelectMany(s => s.Scan.Unresolved).Distinct().Select(f => $"Ambiguous country form {f}").ToList();

        var doubtful = new List<string>();
        var people = officials.Find(texts, doubtful);
        warnings.AddRange(doubtful.Distinct().Select(n => $"Not taken for an official: {n} (nothing shows it is a name)."));
        List<CountryMention> In(params ArticlePart[] parts) => scans.Where(s => parts.Contains(s.Part)).SelectMany(s => s.Scan.Mentions).ToList();
        var decision = pairs.Resolve(article.Headline, In(ArticlePart.Headline), In(ArticlePart.Lead), In(ArticlePart.Body, ArticlePart.Caption), people);
        people = WithPartnerCountry(people, decision.Pair);
        if (decision.Warning is not null)
        {
            warnings.Add(decision.Warning);
        }

        warnings.AddRange(people.Where(o => o.CountryCode is null).Select(o => $"The country of official {o.Name} is unknown."));
        var date = dates.Resolve(article, decision.Pair);
        return new ArticleAnalysis(
            CountriesInOrder(scans.SelectMany(s => s.Scan.Mentions), people, decision.Pair),
            decision.Pair,
            decision.Evidence,
            people,
            date,
            meetingTypes.Classify(article.Headline, article.Lead, article.Body.Count > 0 ? article.Body[0].Text : null),
            warnings)
        {
            Documents = decision.Pair is { } pair ? [.. documents.Find(texts).Where(d => AboutThePair(d.Evidence, pair))] : documents.Find(texts),
            Partnerships = decision.Pair is { } paired ? [.. partnerships.Find(texts, date.Year).Where(s => AboutThePair(s.Evidence, paired))] : [],
        };
    }

    /// <summary>
    /// Whether a signing or a statement about a relationship's level is about the article's pair: its sentence names
    /// no other country (越马两国于2015年提升为战略伙伴关系 in an article on Vietnam and China is about Malaysia).
    /// </summary>
    private bool AboutThePair(string sentence, CountryPair pair) =>
        countries.Scan(sentence).Mentions.All(m => pair.Contains(m.Code));

    /// <summary>
    /// An official found without a country (a later name of a list: 外交部部长通沙万·丰威汉; a provincial title:
    /// 奠边省代表团团长黎文光) takes it from how the name is written, when Vietnam's partner writes its people's
    /// names by sound: a transliterated name is the partner's, a name with a common Vietnamese family name
    /// Vietnam's. (Not every Chinese-style name: Khmer names read like 韩桑林 and 宋金达; and not an official of an
    /// international body, 联合国秘书长安东尼奥·古特雷斯, who has no country.)
    /// </summary>
    private IReadOnlyList<ExtractedOfficial> WithPartnerCountry(IReadOnlyList<ExtractedOfficial> people, CountryPair? pair)
    {
        if (pair is not { } p || !p.Contains("VN") || p.Other("VN") is not { } partner
            || !gazetteer.CountriesByCode.TryGetValue(partner, out var country) || country.Names != NameStyle.Transliterated)
        {
            return people;
        }

        return people.Select(o => o.CountryCode is not null || o.Titles.Any(t => gazetteer.Organizations.Any(t.Contains)) ? o
            : NameForms.HasParts(o.Name) ? o with { CountryCode = partner }
            : o.Name.Length is 3 or 4 && gazetteer.VietnameseSurnames.Contains(o.Name[0]) ? o with { CountryCode = "VN" }
            : o).ToList();
    }

    /// <summary>The article's own text, part by part: headline, lead, captions, body.</summary>
    public static List<ArticleText> TextsOf(ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var texts = new List<ArticleText>();
        if (article.Headline is not null)
        {
            texts.Add(new ArticleText(ArticlePart.Headline, article.Headline));
        }

        if (article.Lead is not null)
        {
            texts.Add(new ArticleText(ArticlePart.Lead, article.Lead));
        }

        texts.AddRange(article.Images.Select(i => i.Caption).OfType<string>().Select(c => new ArticleText(ArticlePart.Caption, c)));
        texts.AddRange(article.Body.Select(p => new ArticleText(ArticlePart.Body, p.Text)));
        return texts;
    }

    private static List<string> CountriesInOrder(IEnumerable<CountryMention> mentions, IReadOnlyList<ExtractedOfficial> people, CountryPair? pair)
    {
        var counts = new Dictionary<string, int>();
        foreach (var code in mentions.Select(m => m.Code).Concat(people.Select(p => p.CountryCode).OfType<string>()))
        {
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }

        var pairCodes = pair is { } p ? new[] { p.First, p.Second } : [];
        return pairCodes.Concat(counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key))
            .Distinct()
            .ToList();
    }
}

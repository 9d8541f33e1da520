using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Bilateral;

/// <summary>
/// Finds what an article says about the level of a relationship (partnerships.json holds the levels and verbs):
/// a level after an upgrade or establishment verb in the same clause is a change, any other mention names the
/// level. The year is taken only from the text (a year before the verb, a span after the level, an anniversary);
/// a change reported without one, and not dated to the past (以来, 周年), is the article's own news.
/// </summary>
public sealed partial class PartnershipFinder
{
    private const int VerbWindow = 30;
    private const int NotYetWindow = 10;

    private readonly KeywordMatcher<string> _levels;
    private readonly KeywordMatcher<PartnershipChange> _verbs;
    private readonly PartnershipVocabulary _vocabulary;

    public PartnershipFinder(GazetteerData gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _vocabulary = gazetteer.Partnerships;
        _levels = new KeywordMatcher<string>(_vocabulary.Levels.SelectMany(l => l.Words.Select(w => KeyValuePair.Create(w, l.Code))).DistinctBy(p => p.Key));
        _verbs = new KeywordMatcher<PartnershipChange>(_vocabulary.Upgrade.Select(v => KeyValuePair.Create(v, PartnershipChange.Upgraded))
            .Concat(_vocabulary.Establish.Select(v => KeyValuePair.Create(v, PartnershipChange.Established))).DistinctBy(p => p.Key));
    }

    /// <summary>The shared finder over the embedded gazetteer.</summary>
    public static PartnershipFinder Default { get; } = new(GazetteerData.Default);

    /// <summary>
    /// The statements of an article (lead and body; the headline only when they hold none), one per level and kind
    /// of change, the most informative kept: a dated one before an undated one.
    /// </summary>
    public IReadOnlyList<PartnershipStatement> Find(IReadOnlyList<ArticleText> texts, int? articleYear)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var found = texts.Where(t => t.Part is ArticlePart.Lead or ArticlePart.Body).SelectMany(t => FindIn(t.Text, articleYear)).ToList();
        if (found.Count == 0)
        {
            found = [.. texts.Where(t => t.Part == ArticlePart.Headline).SelectMany(t => FindIn(t.Text, articleYear))];
        }

        return [.. found.GroupBy(s => (s.Level, s.Change)).Select(g => g.OrderByDescending(s => s.Year is not null).ThenByDescending(s => s.PreviousLevel is not null).First())];
    }

    private IEnumerable<PartnershipStatement> FindIn(string text, int? articleYear)
    {
        foreach (var sentence in Sentences.Of(text))
        {
            var levels = _levels.FindAll(sentence);
            foreach (var level in levels)
            {
                var verb = VerbBefore(sentence, level.Index);
                if (verb is { } v && Sentences.AnyBefore(sentence, v.Index, _vocabulary.NotYet, NotYetWindow))
                {
                    continue; // 有望提升为…: not (yet) a change, and not the level the pair stands at either
                }

                if (verb is null)
                {
                    yield return new PartnershipStatement(level.Value, PartnershipChange.Named, null, false, null, Sentences.AsEvidence(sentence));
                    continue;
                }

                var change = verb.Value.Value;
                var clauseEnd = Sentences.ClauseEnd(sentence, level.End);
                var after = sentence[level.End..clauseEnd];
                var before = sentence[Sentences.ClauseStart(sentence, verb.Value.Index)..verb.Value.Index];
                var year = YearOf(before, after, articleYear);
                var inThePast = _vocabulary.Since.Any(w => after.Contains(w, StringComparison.Ordinal) || before.Contains(w, StringComparison.Ordinal))
                    || Sentences.AnyBefore(sentence, verb.Value.Index, _vocabulary.PastBefore, NotYetWindow)
                    || (verb.Value.End < sentence.Length && sentence[verb.Value.End] == '的')
                    || after.StartsWith("的国", StringComparison.Ordinal);
                var previous = change == PartnershipChange.Upgraded
                    ? levels.Where(l => l.End <= verb.Value.Index && sentence.LastIndexOf('从', l.Index) >= Sentences.ClauseStart(sentence, verb.Value.Index)).Select(l => l.Value).LastOrDefault()
                    : null;
                yield return new PartnershipStatement(level.Value, change, year, year is null && !inThePast, previous, Sentences.AsEvidence(sentence));
            }
        }
    }

    /// <summary>An upgrade or establishment verb before the level in its clause, at most <see cref="VerbWindow"/> characters back.</summary>
    private KeywordHit<PartnershipChange>? VerbBefore(string sentence, int levelIndex)
    {
        var from = Math.Max(Sentences.ClauseStart(sentence, levelIndex), levelIndex - VerbWindow);
        return _verbs.FindAll(sentence[from..levelIndex]).Select(h => (KeywordHit<PartnershipChange>?)(h with { Index = h.Index + from })).LastOrDefault();
    }

    /// <summary>
    /// The year the level was reached, from the text only: a span after the level ((2008—2023年) gives 2008), a year
    /// before the verb (2008年建立…), or an anniversary (建立…15周年, in an article of 2023, gives 2008).
    /// </summary>
    private static int? YearOf(string before, string after, int? articleYear)
    {
        if (SpanAfter().Match(after) is { Success: true } span)
        {
            return int.Parse(span.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        if (YearBefore().Matches(before) is { Count: > 0 } years)
        {
            return int.Parse(years[^1].Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        if (articleYear is { } year && Anniversary().Match(after) is { Success: true } anniversary)
        {
            return year - int.Parse(anniversary.Groups["years"].Value, CultureInfo.InvariantCulture);
        }

        return null;
    }

    [GeneratedRegex(@"^[\s的]*[（(](?<year>(19|20)\d\d)\s*(年)?\s*[-—–~～至到]")]
    private static partial Regex SpanAfter();

    [GeneratedRegex(@"(?<year>(19|20)\d\d)\s*年")]
    private static partial Regex YearBefore();

    [GeneratedRegex(@"^[\s的]*(?<years>\d{1,3})\s*周年")]
    private static partial Regex Anniversary();
}

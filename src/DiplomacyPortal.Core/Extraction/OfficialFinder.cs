using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// Finds the officials of an article from two sources: names the gazetteer knows, and titles followed by
/// a name (中国国务委员兼外交部长王毅), so that officials missing from the gazetteer are still found. The
/// title is read back from the name to where the phrase begins; a country name opening it gives the country.
/// </summary>
public sealed class OfficialFinder
{
    /// <summary>The longest first part of a transliterated name read backwards from its dot.</summary>
    private const int MaxFirstPart = 6;

    private static readonly char[] NameDots = NameForms.DotArray;

    private readonly GazetteerData _gazetteer;
    private readonly CountryFinder _countries;
    private readonly NameReader _names;
    private readonly KeywordMatcher<bool> _titles;
    private readonly KeywordMatcher<KnownOfficial> _known;
    private readonly KeywordMatcher<string> _hints;
    private readonly KeywordMatcher<bool> _afterName;
    private readonly NameRepairs _repairs;
    private readonly TitlePhraseStart _phrases;

    public OfficialFinder(GazetteerData gazetteer, CountryFinder countries)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _countries = countries;
        _names = new NameReader(gazetteer);
        _repairs = new NameRepairs(gazetteer, _names);
        _titles = new KeywordMatcher<bool>(gazetteer.TitleWords.Select(t => KeyValuePair.Create(t, true)));
        // A transliterated name is also written by its last part alone (维多多 for 佐科·维多多), where no other
        // official's name claims that part. (Its first part, a given name, is shared by too many people.)
        var written = gazetteer.Officials.SelectMany(o => o.Aliases.Prepend(o.Name).Select(n => KeyValuePair.Create(n, o))).ToList();
        var parts = written.Select(w => KeyValuePair.Create(NameForms.LastPart(w.Key), w.Value)).Where(p => p.Key.Length >= 2)
            .GroupBy(p => p.Key).Where(g => g.Select(p => p.Value).Distinct().Count() == 1).Select(g => g.First())
            .Where(p => written.All(w => w.Key != p.Key));
        var dotVariants = written.SelectMany(w => NameForms.DotVariants(w.Key).Select(v => KeyValuePair.Create(v, w.Value)));
        _known = new KeywordMatcher<KnownOfficial>(written.Concat(dotVariants).Concat(parts).DistinctBy(p => p.Key));
        _afterName = new KeywordMatcher<bool>(gazetteer.AfterNameWords.Concat(gazetteer.TitleWords).Select(t => KeyValuePair.Create(t, true)));
        _hints = new KeywordMatcher<string>(gazetteer.CountryHints.Select(h => KeyValuePair.Create(h.Text, h.CountryCode)));
        _phrases = new TitlePhraseStart(countries, _hints);
    }

    /// <summary>The shared finder over the embedded gazetteer.</summary>
    public static OfficialFinder Default { get; } = new(GazetteerData.Default, CountryFinder.Default);

    /// <summary>Finds the officials in the given texts, merged by person, in order of first mention.</summary>
    public IReadOnlyList<ExtractedOfficial> Find(IReadOnlyList<ArticleText> texts) => Find(texts, []);

    /// <summary>
    /// Finds the officials in the given texts; names left out for want of evidence that they are names go to
    /// <paramref name="doubtful"/>.
    /// </summary>
    public IReadOnlyList<ExtractedOfficial> Find(IReadOnlyList<ArticleText> texts, ICollection<string> doubtful)
    {
        ArgumentNullException.ThrowIfNull(doubtful);
        ArgumentNullException.ThrowIfNull(texts);
        var mentions = new List<OfficialMention>();
        foreach (var (text, order) in texts.Select((t, i) => (t, i)))
        {
            mentions.AddRange(FindInText(text, order));
        }

        mentions = _repairs.Apply(mentions, texts);

        // A name found through its title counts wherever else it appears bare (范平明强调…); a
        // transliterated name also by its last part alone (阿努廷·参威拉恭 … 参威拉恭表示).
        var discovered = mentions.Where(m => m.Known is null).Select(m => m.Name).Distinct()
            .SelectMany(name => NameForms.Parts(name).Prepend(name).Distinct().Select(form => (Form: form, Name: name)))
            .ToList();
        foreach (var (text, order) in texts.Select((t, i) => (t, i)))
        {
            foreach (var (form, name) in discovered)
            {
                for (var at = text.Text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                {
                    if (!mentions.Any(m => m.Order == order && at < m.Index + m.Written.Length && m.Index < at + form.Length))
                    {
                        mentions.Add(new OfficialMention(name, form, null, null, null, null, text.Part, order, at));
                    }
                }
            }
        }

        return OfficialMerger.Merge(mentions, doubtful);
    }

    private List<OfficialMention> FindInText(ArticleText text, int order)
    {
        var found = new List<OfficialMention>();
        var value = text.Text;

        foreach (var hit in _titles.FindAllOverlapping(value))
        {
            if (ReadTitledName(value, hit) is { } mention && !found.Any(m => m.Index == mention.Index))
            {
                found.Add(mention with { Part = text.Part, Order = order });
            }
        }

        foreach (var hit in _known.FindAll(value))
        {
            if (found.Any(m => hit.Index < m.Index + m.Written.Length && m.Index < hit.End)
                || (hit.End < value.Length && Chars.IsNameDot(value[hit.End])) || InsideWord(value, hit))
            {
                continue; // inside a longer name or word: 弗拉基米尔·季托夫 is not 弗拉基米尔·普京, 克里姆林宫 names no 克里
            }

            // 迈克尔·蓬佩奥: the gazetteer's 蓬佩奥 with the given names the text writes before it.
            var start = hit.Index;
            while (start >= 2 && Chars.IsNameDot(value[start - 1]) && Chars.IsHan(value[start - 2]))
            {
                start = FirstPartStart(value, start - 1);
            }

            found.Add(new OfficialMention(hit.Value.Name, value[start..hit.End], hit.Value, hit.Value.CountryCode, null, NameReader.ReadLatinName(value, hit.End), text.Part, order, start));
        }

        AddUntitledTransliterations(value, text.Part, order, found);

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;

        OfficialMention? ReadTitledName(string sentence, KeywordHit<bool> title)
        {
            var nameStart = title.End;
            if (nameStart >= sentence.Length || _titles.LongestAt(sentence, nameStart) is not null || sentence[nameStart] is '兼' or '、'
                || _gazetteer.InstitutionSuffixes.Contains(sentence[nameStart]) || StartsWithNotName(sentence, nameStart)
                || _countries.NameAt(sentence, nameStart) is not null)
            {
                return null;
            }

            var phraseStart = _phrases.StartOf(sentence, title.Index, found.Select(m => m.Index + m.Written.Length));
            var phrase = sentence[phraseStart..title.End];

            // A word or two of the sentence may stand before the title's country (出席的有越南外交部副部长…).
            var countryAt = Enumerable.Range(0, Math.Min(3, phrase.Length)).FirstOrDefault(i => _countries.NameAt(phrase, i) is not null, -1);
            if (countryAt > 0)
            {
                phrase = phrase[countryAt..];
            }

            var prefix = _countries.NameAt(phrase, 0);
            var prefixCountry = prefix?.Value;
            // The dots of a transliteration tell its style, whatever the title's country (部长东姑·扎夫鲁); and a known
            // name's part that runs on into a longer name (穆罕默德·本·萨勒曼, 克里娅·易卜拉欣) is someone else.
            var dotted = _names.Read(sentence, nameStart, NameStyle.Transliterated);
            var knownHit = _known.LongestAt(sentence, nameStart) is { } candidate
                && !(candidate.End < sentence.Length && Chars.IsNameDot(sentence[candidate.End]))
                && !(dotted is not null && dotted.IndexOfAny(NameDots) > 0 && dotted.Length > candidate.Keyword.Length) ? candidate : (KeywordHit<KnownOfficial>?)null;
            var known = knownHit?.Value;

            // Without a country before the title only a Chinese or Vietnamese name (a surname first) is
            // trusted: a run of characters after 领导人 or 委员 is far more often prose than a foreign name.
            var style = prefixCountry is not null ? _gazetteer.CountriesByCode[prefixCountry].Names : NameStyle.Han;
            var name = knownHit is { } hitAtName ? hitAtName.Keyword
                : dotted is not null && dotted.IndexOfAny(NameDots) > 0 ? dotted
                : _names.Read(sentence, nameStart, style);
            if (name is null || _gazetteer.NotOfficials.Contains(name) || _names.IsOrganizationWordAt(sentence, nameStart + name.Length))
            {
                return null;
            }

            var titleText = prefix is { } p && p.End < phrase.Length ? phrase[p.End..] : phrase;
            // The gazetteer knows its officials' countries; a country the phrase opens with may belong to the
            // sentence, not the title (印尼媒体高度关注越共中央总书记苏林).
            var country = known?.CountryCode ?? prefixCountry ?? HintedCountry(phrase);
            var latin = NameReader.ReadLatinName(sentence, nameStart + name.Length);
            return new OfficialMention(known?.Name ?? name, name, known, country, titleText, latin, ArticlePart.Body, 0, nameStart)
            {
                // 首相直管部长: a run between two titles qualifies the second more often than it names anyone.
                Doubtful = known is null && style != NameStyle.Han && latin is null && name.IndexOfAny(NameDots) < 0
                    && _titles.LongestAt(sentence, nameStart + name.Length) is not null,
            };
        }
    }

    /// <summary>
    /// Transliterated names written without a title before them, where the text still shows they are names of
    /// people: the Latin spelling in brackets after them (本扬·沃拉吉(Bounnhang Vorachith)当选…) or a title after
    /// them (曼莫汉·辛格总理). The name begins after the word that precedes it (祝贺本扬·沃拉吉).
    /// </summary>
    private void AddUntitledTransliterations(string text, ArticlePart part, int order, List<OfficialMention> found)
    {
        for (var dot = text.IndexOfAny(NameDots); dot > 0; dot = dot + 1 < text.Length ? text.IndexOfAny(NameDots, dot + 1) : -1)
        {
            if (found.Any(m => m.Index <= dot && dot < m.Index + m.Written.Length) || !Chars.IsHan(text[dot - 1]))
            {
                continue;
            }

            var start = FirstPartStart(text, dot);
            var name = _names.Read(text, start, NameStyle.Transliterated);
            if (name is null || name.IndexOfAny(NameDots) < 0 || _gazetteer.NotOfficials.Contains(name) || _known.LongestAt(text, start) is not null
                || _gazetteer.NotOfficialRoles.Any(r => start >= r.Length && string.CompareOrdinal(text, start - r.Length, r, 0, r.Length) == 0))
            {
                continue;
            }

            var end = start + name.Length;
            var latin = NameReader.ReadLatinName(text, end);
            if ((latin is null && _afterName.LongestAt(text, end) is null) || _names.IsOrganizationWordAt(text, end))
            {
                continue;
            }

            found.Add(new OfficialMention(name, name, null, null, null, latin, part, order, start));
        }
    }

    /// <summary>
    /// Whether a known transliterated name stands inside another word: a name by sound is also a run of syllables
    /// (克里 in 克里姆林宫), so it counts only between boundaries — a title or verb before it, punctuation or a
    /// verb after it.
    /// </summary>
    private bool InsideWord(string text, KeywordHit<KnownOfficial> hit)
    {
        if (NameForms.HasParts(hit.Keyword) || !_gazetteer.CountriesByCode.TryGetValue(hit.Value.CountryCode, out var country)
            || country.Names != NameStyle.Transliterated)
        {
            return false;
        }

        var openBefore = hit.Index == 0 || !Chars.IsHan(text[hit.Index - 1]) || _names.BoundaryEndsAt(text, hit.Index);
        var openAfter = Chars.IsNameDot(hit.End < text.Length ? text[hit.End] : ' ') || _names.EndsNameAt(text, hit.End);
        return !(openBefore && openAfter);
    }

    /// <summary>Where the first part of a transliterated name begins, reading back from its dot to the word before it.</summary>
    private int FirstPartStart(string text, int dot)
    {
        var start = dot;
        while (start > 0 && dot - start < MaxFirstPart && Chars.IsHan(text[start - 1]) && !_names.BoundaryEndsAt(text, start))
        {
            start--;
        }

        return start;
    }

    private bool StartsWithNotName(string text, int index) =>
        _gazetteer.NotNamePhrases.Any(p => string.CompareOrdinal(text, index, p, 0, p.Length) == 0)
        || (text[index] == '的' && index + 1 < text.Length);

    private string? HintedCountry(string phrase) => _hints.FindAll(phrase).Select(h => h.Value).FirstOrDefault();
}

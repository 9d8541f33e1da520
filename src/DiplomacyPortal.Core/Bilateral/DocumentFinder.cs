using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Bilateral;

/// <summary>
/// Finds the documents an article reports signed, exchanged or adopted (documents.json holds the words). Two shapes:
/// a verb followed in its clause by a title in 《》 or by a phrase ending with a kind word (签署了《…》,
/// 签署合作备忘录, 发表联合声明); and a kind word or a title in 《》 followed by a signing noun
/// (…谅解备忘录签字仪式在河内举行, 见证了《…》的签署). A verb after a word of intent (有望签署), a signing placed in
/// the past (自…签署《…》以来) and a verb that only qualifies (已签署的协议) report no signing.
/// </summary>
public sealed class DocumentFinder
{
    private const int MaxTitleLength = 60;

    // After a verb that also means other things (通过, 交换), the longest phrase taken for a title without 《》.
    private const int MaxWeakPhrase = 8;

    // After a weak verb, the most characters before a title in 《》 (通过了两国《…》).
    private const int MaxWeakGap = 3;
    private const int NotYetWindow = 10;

    // After a kind word the title ends: a clause mark, a conjunction to the next title, or a word that follows a noun.
    private const string AfterTitle = "和及与、以并为将的在由后时等中上于，。；：";

    // The conjunctions between two titles of one verb (协定和备忘录), taken off the second title's start.
    private const string Conjunctions = "和及与、";

    // Words before a title that are not part of it: who witnessed or held the signing, or the list it ends (…等).
    internal static readonly string[] LeadIns = ["见证了", "见证", "出席了", "出席", "举行了", "举行", "主持了", "主持", "双方", "》", "、", "等"];

    private readonly KeywordMatcher<bool> _verbs;
    private readonly KeywordMatcher<string> _kinds;
    private readonly DocumentVocabulary _vocabulary;

    public DocumentFinder(GazetteerData gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _vocabulary = gazetteer.Documents;
        _verbs = new KeywordMatcher<bool>(_vocabulary.Verbs.Select(v => KeyValuePair.Create(v, true)));
        _kinds = new KeywordMatcher<string>(_vocabulary.Kinds.SelectMany(k => k.Words.Select(w => KeyValuePair.Create(w, k.Kind))).DistinctBy(p => p.Key));
    }

    /// <summary>The shared finder over the embedded gazetteer.</summary>
    public static DocumentFinder Default { get; } = new(GazetteerData.Default);

    /// <summary>
    /// The documents of an article, once each by title, in order of first report. The lead and body are read
    /// first; the headline only when they report none (it repeats them).
    /// </summary>
    public IReadOnlyList<SignedDocument> Find(IReadOnlyList<ArticleText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var found = texts.Where(t => t.Part is ArticlePart.Lead or ArticlePart.Body).SelectMany(FindIn).ToList();
        if (found.Count == 0)
        {
            found = [.. texts.Where(t => t.Part == ArticlePart.Headline).SelectMany(FindIn)];
        }

        return [.. found.DistinctBy(d => d.TitleKey)];
    }

    private IEnumerable<SignedDocument> FindIn(ArticleText text)
    {
        foreach (var sentence in Sentences.Of(text.Text))
        {
            foreach (var (title, partiesBefore) in TitlesAfterVerbs(sentence).Concat(TitlesBeforeSigningNouns(sentence)))
            {
                yield return new SignedDocument(title, KindOf(title) ?? "other", DocumentParties.In(title, partiesBefore), Sentences.AsEvidence(sentence), text.Part);
            }
        }
    }

    /// <summary>
    /// 签署了《…》, 签署合作备忘录和贸易协定: the titles a verb is followed by in its clause, each with the words of the
    /// clause before the verb (where the parties may be named: 越南工贸部与中国商务部签署…).
    /// </summary>
    private IEnumerable<(string Title, string Before)> TitlesAfterVerbs(string sentence)
    {
        foreach (var verb in _verbs.FindAll(sentence))
        {
            var start = verb.End;
            while (start < sentence.Length && sentence[start] is '了' or '过')
            {
                start++;
            }

            // 已签署的协议 names documents signed before, not a signing; 签署仪式 is the other shape's.
            if (start >= sentence.Length || sentence[start] == '的' || Sentences.AnyBefore(sentence, verb.Index, _vocabulary.NotYet, NotYetWindow)
                || InThePast(sentence, verb.Index, start)
                || _vocabulary.SigningNouns.Any(n => string.CompareOrdinal(sentence, verb.Index, n, 0, n.Length) == 0 && n.EndsWith("仪式", StringComparison.Ordinal)))
            {
                continue;
            }

            // 通过符合…的《公约》 is "by means of": after a weak verb a title in brackets counts only right after it.
            var weak = _vocabulary.WeakVerbs.Contains(verb.Keyword);
            if (weak && sentence.IndexOf('《', start) is var bracket and >= 0 && bracket - start > MaxWeakGap && bracket < Sentences.ClauseEnd(sentence, start))
            {
                continue;
            }

            var before = sentence[Sentences.ClauseStart(sentence, verb.Index)..verb.Index];
            var statementsOnly = _vocabulary.StatementVerbs.Contains(verb.Keyword);
            foreach (var (title, inBrackets) in TitlesFrom(sentence, start))
            {
                var kind = KindOf(title);
                if (weak && (kind is null || (!inBrackets && title.Length > MaxWeakPhrase && kind != "joint-statement") || (statementsOnly && kind != "joint-statement")))
                {
                    continue; // 发表《…》的文章, 发表声明, 国会通过了《土地法》
                }

                yield return (title, before);
            }
        }
    }

    /// <summary>Whether a signing is placed in the past: 自 before the verb, or 以来, 周年 after it in the clause.</summary>
    private bool InThePast(string sentence, int verbIndex, int afterVerb)
    {
        var after = sentence[afterVerb..Sentences.ClauseEnd(sentence, afterVerb)];
        return Sentences.AnyBefore(sentence, verbIndex, _vocabulary.PastBefore, verbIndex)
            || _vocabulary.PastAfter.Any(word => after.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>
    /// The titles from <paramref name="start"/> to the end of the clause: a title in 《》, or a phrase ending with a
    /// kind word; then more of them after a conjunction (协定和备忘录). The noun that sums up a list of titles
    /// (《…》、《…》等合作文件) is not a title of its own.
    /// </summary>
    private List<(string Text, bool InBrackets)> TitlesFrom(string sentence, int start)
    {
        var titles = new List<(string Text, bool InBrackets)>();
        var i = start;
        var phraseStart = start;
        while (i < sentence.Length && i - start < MaxTitleLength * 2)
        {
            var c = sentence[i];
            if (c == '《' && sentence.IndexOf('》', i) is var close and > 0)
            {
                var inner = sentence[(i + 1)..close].Trim();
                if (inner.Length > 0)
                {
                    titles.Add((inner, true));
                }

                i = close + 1;
                phraseStart = i;
                continue;
            }

            if (Sentences.EndsClause(c) || i - phraseStart > MaxTitleLength)
            {
                break;
            }

            if (_kinds.LongestAt(sentence, i) is { } kind && EndsTitle(sentence, kind.End))
            {
                var phrase = sentence[phraseStart..kind.End].Trim();
                if (titles.Count > 0 && phrase.Length > 0 && Conjunctions.Contains(phrase[0], StringComparison.Ordinal))
                {
                    phrase = phrase[1..];
                }

                if (phrase.Length > 0 && !(titles.Count > 0 && phrase[0] == '等'))
                {
                    titles.Add((phrase, false));
                }

                i = kind.End;
                phraseStart = i;
                continue;
            }

            i++;
        }

        return titles;
    }

    /// <summary>
    /// …谅解备忘录签字仪式, …协议的签署, 《…》的签署: the title read back from the kind word (or taken from the brackets)
    /// to where its phrase begins, unless a word of intent stands before it (推动…协定的签署). A list of titles
    /// summed up by a kind word (《…》、《…》等合作文件的签署) gives the titles in brackets.
    /// </summary>
    private IEnumerable<(string Title, string Before)> TitlesBeforeSigningNouns(string sentence)
    {
        foreach (var (start, end) in KindWordEnds(sentence).Concat(ClosingBracketEnds(sentence)))
        {
            // …协定签署后 and …条约签署25周年 speak of a signing before, not of this one.
            var noun = _vocabulary.SigningNouns.FirstOrDefault(n => string.CompareOrdinal(sentence, end, n, 0, n.Length) == 0);
            if (noun is null || Sentences.AnyBefore(sentence, start, _vocabulary.NotYet, NotYetWindow) || InThePast(sentence, start, end)
                || (end + noun.Length < sentence.Length && sentence[end + noun.Length] == '后'))
            {
                continue;
            }

            var clauseStart = Sentences.ClauseStart(sentence, start);
            var before = sentence[clauseStart..start];
            if (start > 0 && sentence[start - 1] == '等' && before.Contains('《', StringComparison.Ordinal))
            {
                foreach (var (open, close) in ClosingBracketEnds(sentence[..start]).Where(b => b.Start >= clauseStart))
                {
                    yield return (sentence[(open + 1)..(close - 1)].Trim(), sentence[clauseStart..open]);
                }

                continue;
            }

            var title = sentence[start..end].Trim().Trim('《', '》');
            if (title.Length > 0)
            {
                yield return (title, before);
            }
        }
    }

    // Each kind word with where its phrase begins, read back to a clause mark, a lead-in word, a word of intent or the
    // longest title.
    private IEnumerable<(int Start, int End)> KindWordEnds(string sentence)
    {
        foreach (var kind in _kinds.FindAll(sentence))
        {
            var start = kind.Index;
            while (start > 0 && kind.End - start < MaxTitleLength && !Sentences.EndsClause(sentence[start - 1])
                && !EndsWithAny(sentence, start, LeadIns) && !EndsWithAny(sentence, start, _vocabulary.NotYet))
            {
                start--;
            }

            yield return (start, kind.End);
        }
    }

    // Each title in 《》, from its opening bracket to just after its closing one.
    private static IEnumerable<(int Start, int End)> ClosingBracketEnds(string sentence)
    {
        for (var close = sentence.IndexOf('》'); close > 0; close = sentence.IndexOf('》', close + 1))
        {
            if (sentence.LastIndexOf('《', close) is var open and >= 0)
            {
                yield return (open, close + 1);
            }
        }
    }

    private static bool EndsWithAny(string text, int end, IEnumerable<string> words) =>
        words.Any(w => end >= w.Length && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0);

    // A kind word ends a title where the text goes on with something else: 合作协议书 goes on, 合作计划于 does not.
    private static bool EndsTitle(string sentence, int end) =>
        end >= sentence.Length || !Chars.IsHan(sentence[end]) || AfterTitle.Contains(sentence[end], StringComparison.Ordinal);

    /// <summary>The kind of the longest kind word the title ends with; null when it ends with none.</summary>
    private string? KindOf(string title)
    {
        for (var start = 0; start < title.Length; start++)
        {
            if (_kinds.LongestAt(title, start) is { } hit && hit.End == title.Length)
            {
                return hit.Value;
            }
        }

        return null;
    }
}

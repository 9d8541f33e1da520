using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// Where the title phrase before an official's name begins (中国国务委员兼外交部长 in 会见了中国国务委员兼外交部长王毅),
/// read backwards from its last title word to a stop word, punctuation or the end of another name.
/// </summary>
internal sealed class TitlePhraseStart(CountryFinder countries, KeywordMatcher<string> countryHints)
{
    // Words that end a title phrase when reading it backwards from the name.
    private static readonly string[] PhraseStops =
    [
        "的", "在", "由", "应", "向", "于", "是", "被", "把", "给", "请", "邀请", "会见", "接见", "会晤", "拜会", "欢迎", "祝贺", "致",
        "率领", "陪同", "出席", "主持", "举行", "表示", "强调", "指出", "认为", "说", "了", "时任", "现任", "前任", "期间", "之际", "当天",
        "随后", "此前", "同时", "分别", "已", "也", "还", "均", "都", "即", "暨", "为", "以", "有", "和", "及", "并", "同", "与", "对",
        "关注", "报道", "媒体",
    ];

    // Stops that may also join two parts of one title (外交与国际合作大臣, 宣教与民运部).
    private static readonly HashSet<string> JoiningStops = ["和", "及", "并", "同", "与"];

    private const int MaxTitleLength = 60;

    /// <summary>
    /// Reads backwards from the title word at <paramref name="titleStart"/>; <paramref name="nameEnds"/> are where
    /// the names found so far end, since a phrase never reaches back into another name.
    /// </summary>
    public int StartOf(string text, int titleStart, IEnumerable<int> nameEnds)
    {
        var ends = nameEnds.ToHashSet();
        var start = titleStart;
        while (start > 0 && titleStart - start < MaxTitleLength)
        {
            var c = text[start - 1];

            // A dash joins two countries inside one title (越南-日本友好议员小组主席).
            var joiningDash = c is '-' or '—' or '–' && start >= 2 && Chars.IsHan(text[start - 2]) && Chars.IsHan(text[start]);
            if (!Chars.IsHan(c) && c != '、' && !joiningDash)
            {
                break;
            }

            if (ends.Contains(c == '、' ? start - 1 : start))
            {
                break; // 阮富仲、国家主席阮春福: the phrase of the second name starts after the first
            }

            // A stop that begins a country's name (以色列, 和) is part of the phrase.
            var stop = PhraseStops.FirstOrDefault(w => start >= w.Length && string.CompareOrdinal(text, start - w.Length, w, 0, w.Length) == 0
                && countries.NameAt(text, start - w.Length) is null);
            if (stop is not null && !(stop == "对" && start < text.Length && text[start] == '外'))
            {
                // 与 or 和 may join two halves of one title; it separates two phrases when a country or a
                // party that names one (越共, 中共) follows it.
                if (!JoiningStops.Contains(stop) || StartsWithCountry(text, start))
                {
                    break;
                }
            }

            start--;
        }

        while (start < titleStart && text[start] == '、')
        {
            start++;
        }

        return start;
    }

    private bool StartsWithCountry(string text, int index) =>
        countries.NameAt(text, index) is not null || countryHints.LongestAt(text, index) is not null;
}

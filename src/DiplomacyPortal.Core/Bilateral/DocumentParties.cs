using System.Text.RegularExpressions;

namespace DiplomacyPortal.Core.Bilateral;

/// <summary>The bodies a signing names as its parties (ministries, provinces, cities); the countries are the article's pair.</summary>
internal static partial class DocumentParties
{
    /// <summary>
    /// Bodies named as the parties: two names of ministries, provinces, cities or the like joined by 与 or 和, in the
    /// title (胡志明市与爱知县间…备忘录), else in the clause before the verb (越南工贸部与中国商务部签署…).
    /// </summary>
    public static List<string> In(string title, string before)
    {
        var match = PartyPair().Match(title);
        if (!match.Success)
        {
            match = PartyPair().Match(before);
        }

        if (!match.Success)
        {
            return [];
        }

        // The first name is read from as far back as it can go; it begins after whoever witnessed or held the signing.
        var first = match.Groups["a"].Value;
        var begins = DocumentFinder.LeadIns.Append("了").Append("的").Select(w => first.LastIndexOf(w, StringComparison.Ordinal) is var at and >= 0 ? at + w.Length : 0).Max();
        first = first[begins..];
        return first.Length >= 2 ? [first, match.Groups["b"].Value] : [];
    }

    // Two named bodies: the second runs as long as it can without a word that would start the rest of the sentence
    // (在河内, 于…, 的…, 签署).
    [GeneratedRegex(@"(?<a>\p{IsCJKUnifiedIdeographs}{1,16}?(?:部|省|市|县|府|厅|局|委员会|银行|集团|公司|大学|学院|研究院|协会|办公室|总署|政府|国会|议会|中心))(?:与|和|同)(?<b>(?:(?![在于由与和同的了签])\p{IsCJKUnifiedIdeographs}){1,16}(?:部|省|市|县|府|厅|局|委员会|银行|集团|公司|大学|学院|研究院|协会|办公室|总署|政府|国会|议会|中心))")]
    private static partial Regex PartyPair();
}

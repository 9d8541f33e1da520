using DiplomacyPortal.Core.Gazetteer;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>A meeting type and the word that gave it away.</summary>
public sealed record MeetingTypeMatch(string Type, string Keyword, ArticlePart Part);

/// <summary>Tells talks, meetings, calls, visits, messages and consultations apart from the headline, then the lead.</summary>
public sealed class MeetingTypeClassifier(GazetteerData gazetteer)
{
    // Who a headline may quote before a colon, besides an office holder (a title word): the press and commentators.
    private static readonly string[] Speakers = ["媒体", "报", "》", "社", "专家", "学者", "人士", "发言人", "舆论"];

    /// <summary>The shared classifier over the embedded gazetteer.</summary>
    public static MeetingTypeClassifier Default { get; } = new(GazetteerData.Default);

    /// <summary>
    /// The first type whose keyword the headline holds (unless the headline quotes a speaker), else the lead; null when none applies. Without a lead
    /// (a page that starts at its dateline, or whose second line repeats the headline) the first paragraph,
    /// which VNA writes as the lead, stands in for it.
    /// </summary>
    public MeetingTypeMatch? Classify(string? headline, string? lead, string? firstParagraph = null)
    {
        return (QuotesSpeaker(headline) ? null : Find(headline, ArticlePart.Headline)) ?? Find(lead, ArticlePart.Lead)
            ?? (lead is null ? Find(firstParagraph, ArticlePart.Body) : null);

        // 泰国外长:越南是重要伙伴, 俄罗斯媒体:…, 《柬埔寨之光报》:…: the words after the colon are someone's, not the
        // encounter's. A colon after a meeting's name (联合委员会第46次会议:…) introduces no speaker.
        bool QuotesSpeaker(string? text) =>
            text is not null && text.IndexOfAny([':', '：']) is var colon and >= 2 and <= 16
            && (Speakers.Any(w => text.AsSpan(0, colon).EndsWith(w, StringComparison.Ordinal)) || gazetteer.TitleWords.Any(w => text.AsSpan(0, colon).Contains(w, StringComparison.Ordinal)))
            && !text.AsSpan(0, colon).EndsWith("会议", StringComparison.Ordinal);

        MeetingTypeMatch? Find(string? text, ArticlePart part)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            foreach (var rule in gazetteer.MeetingTypes)
            {
                var keyword = rule.Keywords.FirstOrDefault(k => text.Contains(k, StringComparison.Ordinal));
                if (keyword is not null)
                {
                    return new MeetingTypeMatch(rule.Type, keyword, part);
                }
            }

            return null;
        }
    }
}

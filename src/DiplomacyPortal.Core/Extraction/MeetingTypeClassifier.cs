using DiplomacyPortal.Core.Gazetteer;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>A meeting type and the word that gave it away.</summary>
public sealed record MeetingTypeMatch(string Type, string Keyword, ArticlePart Part);

/// <summary>Tells talks, meetings, calls, visits, messages and consultations apart from the headline, then the lead.</summary>
public sealed class MeetingTypeClassifier(GazetteerData gazetteer)
{
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

        // 泰国外长:越南是重要伙伴, 俄罗斯媒体:…: the words after the colon are someone's, not the encounter's.
        static bool QuotesSpeaker(string? text) =>
            text is not null && text.IndexOfAny([':', '：']) is >= 2 and <= 16;

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

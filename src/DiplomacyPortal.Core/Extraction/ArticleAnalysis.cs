namespace DiplomacyPortal.Core.Extraction;

/// <summary>What an article is about: its countries, pair, officials, date and meeting type, with evidence.</summary>
public sealed record ArticleAnalysis(
    IReadOnlyList<string> Countries,
    CountryPair? Pair,
    string? PairEvidence,
    IReadOnlyList<ExtractedOfficial> Officials,
    ArticleDate Date,
    MeetingTypeMatch? MeetingType,
    IReadOnlyList<string> Warnings);

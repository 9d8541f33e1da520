using DiplomacyPortal.Core.Bilateral;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// What an article is about: its countries, pair, officials, date and meeting type, with evidence; and what it
/// reports of the relationship: documents signed, statements of its level.
/// </summary>
public sealed record ArticleAnalysis(
    IReadOnlyList<string> Countries,
    CountryPair? Pair,
    string? PairEvidence,
    IReadOnlyList<ExtractedOfficial> Officials,
    ArticleDate Date,
    MeetingTypeMatch? MeetingType,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The documents the article reports signed, exchanged or adopted.</summary>
    public IReadOnlyList<SignedDocument> Documents { get; init; } = [];

    /// <summary>What the article says about the level of its pair's relationship.</summary>
    public IReadOnlyList<PartnershipStatement> Partnerships { get; init; } = [];
}

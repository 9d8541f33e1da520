using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Meetings;

/// <summary>What one article says about the meeting it reports.</summary>
public sealed record MeetingReport(
    int ArticleId,
    string Pair,
    string Type,
    int? Year,
    int? Month,
    int? Day,
    string DatePrecision,
    DateTime? Date,
    MeetingVenue Venue,
    IReadOnlyList<ReportedParticipant> Participants)
{
    /// <summary>The pair as a value.</summary>
    public CountryPair CountryPair => ParsePair(Pair);

    /// <summary>A stored pair is always canonical, so it always parses.</summary>
    public static CountryPair ParsePair(string pair) => CountryPair.TryParse(pair, out var parsed) ? parsed : throw new InvalidOperationException($"Stored pair '{pair}' is not a pair.");
}

namespace DiplomacyPortal.Core.Bilateral;

/// <summary>What a statement about a relationship's level does.</summary>
public enum PartnershipChange
{
    /// <summary>It names the level the relationship stands at (越中全面战略合作伙伴关系).</summary>
    Named,

    /// <summary>It says the relationship was set at the level (建立全面伙伴关系).</summary>
    Established,

    /// <summary>It says the relationship was raised to the level (将两国关系提升为全面战略伙伴关系).</summary>
    Upgraded,
}

/// <summary>
/// A statement of an article about the level of the relationship between its pair: the level's code (partnerships.json),
/// what the statement does, the year the level was reached when the text says it (2008年建立…, …(2008—2023年),
/// 建立…15周年), whether it reports the change itself (so it dates from the article), the level before an
/// upgrade when the text names it (从战略伙伴关系提升为…), and the sentence.
/// </summary>
public sealed record PartnershipStatement(string Level, PartnershipChange Change, int? Year, bool ReportsTheChange, string? PreviousLevel, string Evidence);

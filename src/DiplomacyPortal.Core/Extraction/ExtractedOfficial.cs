namespace DiplomacyPortal.Core.Extraction;

/// <summary>An official named in an article.</summary>
/// <param name="Name">The Chinese name: the fullest form the article writes (弗拉基米尔·普京 beside 普京).</param>
/// <param name="CountryCode">ISO alpha-2 code, or null when nothing in the text or the gazetteer tells.</param>
/// <param name="Title">The first title the article gives the official, as written, without the country.</param>
/// <param name="Titles">Every distinct title the article gives.</param>
/// <param name="LatinName">The romanised name, from the text (拉夫罗夫(Sergey Lavrov)) or the gazetteer.</param>
/// <param name="VietnameseName">The Vietnamese spelling, for Vietnamese officials the gazetteer knows.</param>
/// <param name="Mentions">How often the name occurs.</param>
/// <param name="Parts">Where the name occurs.</param>
/// <param name="IsKnown">Whether the gazetteer knows the official.</param>
public sealed record ExtractedOfficial(
    string Name,
    string? CountryCode,
    string? Title,
    IReadOnlyList<string> Titles,
    string? LatinName,
    string? VietnameseName,
    int Mentions,
    IReadOnlyList<ArticlePart> Parts,
    bool IsKnown)
{
    /// <summary>
    /// Who the official is, the same in every article: the gazetteer's name for a known official, else the full
    /// name with its dots made one (·). The store links officials by it.
    /// </summary>
    public string Key { get; init; } = Name;

    /// <summary>The other forms the article wrote the name in (普京 beside 弗拉基米尔·普京).</summary>
    public IReadOnlyList<string> OtherForms { get; init; } = [];
}

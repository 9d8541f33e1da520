using DiplomacyPortal.Core.Gazetteer;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>One place where an article names an official, before the mentions of one person are merged.</summary>
/// <param name="Name">The person the mention is of, as read (a short form points to its full name).</param>
/// <param name="Written">The text as it stands at <paramref name="Index"/>.</param>
/// <param name="Known">The gazetteer's entry, when it knows the person.</param>
/// <param name="CountryCode">The country the mention gives.</param>
/// <param name="Title">The title written before the name.</param>
/// <param name="LatinName">The Latin spelling in brackets after the name.</param>
/// <param name="Part">Where in the article.</param>
/// <param name="Order">Which of the article's texts.</param>
/// <param name="Index">Where in that text.</param>
internal sealed record OfficialMention(string Name, string Written, KnownOfficial? Known, string? CountryCode, string? Title, string? LatinName, ArticlePart Part, int Order, int Index)
{
    /// <summary>Read after a title with nothing but its place to show it is a name.</summary>
    public bool Doubtful { get; init; }
}

using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Bilateral;

/// <summary>
/// A document an article says was signed, exchanged or adopted: its title as written (the words inside 《》 when
/// given), its kind (agreement, memorandum, joint-statement, plan, treaty, other), the bodies named as its parties
/// (ministries, provinces, cities; the countries are the article's pair), and the sentence that says so.
/// </summary>
public sealed record SignedDocument(string Title, string Kind, IReadOnlyList<string> Parties, string Evidence, ArticlePart Part)
{
    /// <summary>The title reduced to what tells two documents apart: no spaces, brackets or punctuation.</summary>
    public string TitleKey => TitleKeyOf(Title);

    /// <summary>The key of a title (see <see cref="TitleKey"/>); an edited title is keyed the same way.</summary>
    public static string TitleKeyOf(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return string.Concat(title.Where(char.IsLetterOrDigit));
    }
}

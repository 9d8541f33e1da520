namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// The forms one transliterated name takes in VNA copy: its parts joined by a dot (· or •, sometimes ・),
/// and the part the text uses alone — the family name of 弗拉基米尔·普京, the given name of 通伦·西苏里.
/// </summary>
public static class NameForms
{
    /// <summary>The dots that join the parts of a transliterated name.</summary>
    public static IReadOnlyList<char> Dots => DotArray;

    /// <summary>The same dots, for <see cref="string.IndexOfAny(char[])"/>.</summary>
    internal static readonly char[] DotArray = ['·', '•', '・', '‧', '･'];

    /// <summary>Whether the name is transliterated in parts (亚历山大·图尔钦).</summary>
    public static bool HasParts(string name) => name.IndexOfAny(DotArray) > 0;

    /// <summary>The name with its dots made one (·), so that 巴妮•雅陶都 and 巴妮·雅陶都 are one key.</summary>
    public static string Key(string name) => string.Join('·', name.Split(DotArray));

    /// <summary>The first and the last part, where the text may use one alone; none for a name without parts.</summary>
    public static IEnumerable<string> Parts(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Split(DotArray);
        return parts.Length < 2 ? [] : new[] { parts[0], parts[^1] }.Where(p => p.Length >= 2).Distinct();
    }

    /// <summary>The last part (the family name of most transliterations), or an empty string.</summary>
    public static string LastPart(string name) => name.Split(DotArray) is { Length: > 1 } parts ? parts[^1] : string.Empty;

    /// <summary>Every run of a name's parts short of the whole: 迪亚斯·卡内尔 in 米格尔·迪亚斯·卡内尔·贝穆德斯.</summary>
    public static IEnumerable<string> PartRuns(string name)
    {
        var parts = Key(name).Split('·');
        for (var from = 0; from < parts.Length; from++)
        {
            for (var to = from + 1; to <= parts.Length; to++)
            {
                if (to - from < parts.Length)
                {
                    yield return string.Join('·', parts[from..to]);
                }
            }
        }
    }

    /// <summary>The name written with another dot (the gazetteer's 通伦·西苏里 as a page's 通伦•西苏里).</summary>
    public static IEnumerable<string> DotVariants(string name) =>
        HasParts(name) ? Dots.Select(dot => string.Join(dot, name.Split(DotArray))) : [];
}

using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Presentation.Charts;

/// <summary>The pairs of the comparison page, read from the query's repeated pair=; at most four, each one the store knows.</summary>
public static class ComparedPairs
{
    public const int Most = 4;

    /// <summary>The first four pairs asked for, in their one spelling (CN-VN), without repeats, and a sentence for each one left out.</summary>
    public static (List<string> Pairs, List<string> Problems) Read(IEnumerable<string?> values, IReadOnlySet<string> known, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(t);
        var pairs = new List<string>();
        var problems = new List<string>();
        var requested = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        if (requested.Count > Most)
        {
            problems.Add(t["最多比较四个国家对；只显示前四个。"]);
        }

        foreach (var value in requested.Take(Most))
        {
            if (!Core.Extraction.CountryPair.TryParse(value, out var parsed) || !known.Contains(parsed.ToString()))
            {
                problems.Add(t["没有“{0}”这个国家对的文章。国家对写作两个国家代码，如 VN-CN。", value]);
            }
            else if (!pairs.Contains(parsed.ToString()))
            {
                pairs.Add(parsed.ToString());
            }
        }

        return (pairs, problems);
    }
}

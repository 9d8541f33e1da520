using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Ingestion;

namespace DiplomacyPortal.Data.Editing;

/// <summary>
/// What an editor says an article's corrected values are: the whole state of the fields an editor can
/// correct, as the edit form posts it. Fields equal to the current values change nothing.
/// </summary>
public sealed record ArticleCorrection(DateCorrection Date, string? Pair, string? MeetingType, IReadOnlyList<OfficialCorrection> Officials)
{
    /// <summary>Longest title an editor may type: the longest VNA titles are about forty characters.</summary>
    public const int MaxTitleLength = 100;

    /// <summary>Longest official name: Chinese renderings of foreign names run to twenty characters or so.</summary>
    public const int MaxNameLength = 60;

    /// <summary>
    /// The problems of the correction, each under the name of the field it concerns, in plain words; empty
    /// when it can be saved. The pair comes back in canonical order in <paramref name="canonicalPair"/>.
    /// </summary>
    public Dictionary<string, string> Validate(GazetteerData gazetteer, out string? canonicalPair)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var errors = new Dictionary<string, string>();
        canonicalPair = null;

        if (Date.Month is < 1 or > 12)
        {
            errors["Date"] = "The month must be between 1 and 12.";
        }
        else if (Date.Year is < 1900 or > 2100)
        {
            errors["Date"] = "The year must be between 1900 and 2100.";
        }
        else if (Date.Day is { } day && (Date.Month is not { } month || day < 1 || day > DateTime.DaysInMonth(Date.Year ?? 2024, month)))
        {
            errors["Date"] = Date.Month is null ? "A day needs a month." : $"Month {Date.Month} has no day {day}.";
        }
        else if (Date.Year is null && Date.Month is not null && Date.Day is null)
        {
            errors["Date"] = "A month without a year needs its day.";
        }

        if (!string.IsNullOrWhiteSpace(Pair))
        {
            if (!CountryPair.TryParse(Pair, out var pair))
            {
                errors["Pair"] = "A pair is two different country codes joined by a dash, such as CN-VN.";
            }
            else if (!gazetteer.CountriesByCode.ContainsKey(pair.First) || !gazetteer.CountriesByCode.ContainsKey(pair.Second))
            {
                errors["Pair"] = $"{pair} names a country code the portal does not know.";
            }
            else
            {
                canonicalPair = pair.ToString();
            }
        }

        if (MeetingType is { Length: > 0 } type && gazetteer.MeetingTypes.All(t => t.Type != type))
        {
            errors["MeetingType"] = $"'{type}' is not a meeting type; choose one from the list.";
        }

        foreach (var official in Officials)
        {
            if (string.IsNullOrWhiteSpace(official.Name) || official.Name.Length > MaxNameLength)
            {
                errors["Officials"] = $"Each official needs a name of at most {MaxNameLength} characters.";
            }
            else if (official.CountryCode is { } code && !gazetteer.CountriesByCode.ContainsKey(code))
            {
                errors["Officials"] = $"{official.Name}: '{code}' is not a country code the portal knows.";
            }
            else if (official.Title?.Length > MaxTitleLength)
            {
                errors["Officials"] = $"{official.Name}: a title has at most {MaxTitleLength} characters.";
            }
        }

        if (Officials.GroupBy(o => o.Name).Any(g => g.Count() > 1))
        {
            errors["Officials"] = "An official is listed twice; keep one row per person.";
        }

        return errors;
    }
}

/// <summary>What saving a correction did: the fields changed, or why nothing was saved.</summary>
public sealed record CorrectionResult(IReadOnlyList<string> ChangedFields, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>An article on the edit form: what identifies it, and the values an editor can correct.</summary>
public sealed record EditableArticle(int Id, string? Headline, bool IsHidden, string? Warnings, ArticleCorrection Values);

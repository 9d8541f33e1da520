using DiplomacyPortal.Data.Editing;
using DiplomacyPortal.Data.Ingestion;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>The edit form's fields, bound from the POST, and their translation to and from a correction.</summary>
public sealed class CorrectionForm
{
    /// <summary>Empty rows the form offers for adding officials.</summary>
    public const int NewOfficialRows = 2;

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    /// <summary>The pair's two countries, in any order; both empty for "no pair".</summary>
    public string? CountryA { get; set; }

    public string? CountryB { get; set; }

    public string? MeetingType { get; set; }

    public List<OfficialRow> Officials { get; set; } = [];

    public static CorrectionForm From(ArticleCorrection values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var pair = values.Pair?.Split('-');
        return new CorrectionForm
        {
            Year = values.Date.Year,
            Month = values.Date.Month,
            Day = values.Date.Day,

            // Vietnam first when it is in the pair: editors think of "Vietnam and its partner".
            CountryA = pair is null ? null : pair.Contains("VN") ? "VN" : pair[0],
            CountryB = pair is null ? null : pair.Contains("VN") ? pair.First(c => c != "VN") : pair[1],
            MeetingType = values.MeetingType,
            Officials = [.. values.Officials.Select(o => new OfficialRow { Name = o.Name, CountryCode = o.CountryCode, Title = o.Title }), .. Enumerable.Range(0, NewOfficialRows).Select(_ => new OfficialRow())],
        };
    }

    /// <summary>The correction the form states; <paramref name="halfPair"/> when only one country of the pair is given.</summary>
    public ArticleCorrection ToCorrection(out bool halfPair)
    {
        halfPair = false;
        string? pair = null;
        var a = string.IsNullOrWhiteSpace(CountryA) ? null : CountryA.Trim().ToUpperInvariant();
        var b = string.IsNullOrWhiteSpace(CountryB) ? null : CountryB.Trim().ToUpperInvariant();
        if (a is not null && b is not null)
        {
            pair = $"{a}-{b}";
        }
        else if (a is not null || b is not null)
        {
            halfPair = true;
        }

        var officials = Officials.Where(o => !o.Remove && !string.IsNullOrWhiteSpace(o.Name))
            .Select(o => new OfficialCorrection(o.Name!.Trim(), string.IsNullOrWhiteSpace(o.CountryCode) ? null : o.CountryCode.Trim().ToUpperInvariant(), o.Title))
            .ToList();
        return new ArticleCorrection(new DateCorrection(Year, Month, Day), pair, MeetingType, officials);
    }
}

/// <summary>One official on the edit form; ticking Remove drops them from the article.</summary>
public sealed class OfficialRow
{
    public string? Name { get; set; }

    public string? CountryCode { get; set; }

    public string? Title { get; set; }

    public bool Remove { get; set; }
}

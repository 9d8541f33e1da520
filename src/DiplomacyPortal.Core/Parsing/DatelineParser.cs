using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// Reads the dateline that opens a VNA body. Its forms: <c>越通社河内5月29日——</c>, <c>越通社河内——</c>,
/// <c>越通社5月29日电</c>, <c>越通社万象——越通社驻老挝记者报道,</c>, <c>据越通社驻中国记者报道,</c>,
/// <c>越通社特派记者报道,</c>, <c>越通社驻万象记者,</c> (the clause without 报道). The place is what stands between 越通社 and the date or dash; a reporter
/// clause alone gives no place, only a bureau.
/// </summary>
public static partial class DatelineParser
{
    private const string Agency = "越通社|越南通讯社|越南社会主义共和国通讯社|VNA";

    [GeneratedRegex(
        @"^(?<lead>据\s*)?(?<agency>" + Agency + @")\s*" +
        @"(?:(?<place>[\p{IsCJKUnifiedIdeographs}]{1,12}?)?\s*" +
        @"(?:(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日)?\s*" +
        @"(?<dash>[—–―─]+|-{1,2}|电(?![\p{IsCJKUnifiedIdeographs}]{0,1}[话视报力]))\s*)?" +
        @"(?<reporter>(?:(?:" + Agency + @")\s*)?(?<bureau>驻[\p{IsCJKUnifiedIdeographs}]{1,12}?)?\s*(?:特派|常驻|驻地)?\s*记者\s*(?:(?<rmonth>\d{1,2})\s*月\s*(?<rday>\d{1,2})\s*日\s*)?(?:报道\s*[,:]?|[,:])\s*)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    /// <summary>
    /// Reads a dateline at the start of <paramref name="line"/>. On success <paramref name="rest"/> is the body
    /// text that follows it on the same line (often the whole first paragraph).
    /// </summary>
    public static bool TryParse(string line, out Dateline dateline, out string rest) =>
        TryParse(line, out dateline, out rest, out _);

    /// <summary>
    /// Whether <paramref name="line"/> opens with the agency and a dash or 电 (<c>越通社河内——</c>,
    /// <c>越通社5月29日电</c>): the form only a dateline takes. A reporter clause alone
    /// (<c>越通社驻万象记者报道,</c>) also opens leads, which the page then repeats under the photos.
    /// </summary>
    public static bool IsAgencyDateline(string line) =>
        TryParse(line, out _, out _, out var reporterClauseOnly) && !reporterClauseOnly;

    private static bool TryParse(string line, out Dateline dateline, out string rest, out bool reporterClauseOnly)
    {
        dateline = null!;
        reporterClauseOnly = false;
        rest = line;
        if (line.Length < 4 || (line[0] is not ('越' or '据') && !line.StartsWith("VNA", StringComparison.Ordinal)))
        {
            return false;
        }

        var match = DatelinePattern().Match(line);
        if (!match.Success || (!match.Groups["dash"].Success && !match.Groups["reporter"].Success))
        {
            return false;
        }

        // "据越通社" without a reporter clause is a sentence citing VNA, not a dateline.
        if (match.Groups["lead"].Success && !match.Groups["reporter"].Success)
        {
            return false;
        }

        var place = match.Groups["place"].Success ? match.Groups["place"].Value : null;
        if (place is not null && place.Contains("记者", StringComparison.Ordinal))
        {
            return false;
        }

        var month = Number(match.Groups["month"]) ?? Number(match.Groups["rmonth"]);
        var day = Number(match.Groups["day"]) ?? Number(match.Groups["rday"]);
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }

        dateline = new Dateline(
            Text: match.Value.TrimEnd(),
            Agency: match.Groups["agency"].Value,
            Place: string.IsNullOrEmpty(place) ? null : place,
            Bureau: match.Groups["bureau"].Success ? match.Groups["bureau"].Value : null,
            Year: Number(match.Groups["year"]),
            Month: month,
            Day: day);
        rest = line[match.Length..].Trim();
        reporterClauseOnly = !match.Groups["dash"].Success;
        return true;
    }

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;
}

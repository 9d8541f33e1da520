using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// Reads the publication timestamp line of the news-page template (<c>09:00 | 14/07/2022</c>) and its
/// variants. VNA stamps its pages in Hanoi time, so the result carries the +07:00 offset.
/// </summary>
public static partial class TimestampParser
{
    /// <summary>Vietnam's offset from UTC; the country keeps no daylight saving time.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?\s*\|?\s*(?<d>\d{1,2})/(?<mo>\d{1,2})/(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeThenDate();

    [GeneratedRegex(@"^(?<d>\d{1,2})/(?<mo>\d{1,2})/(?<y>\d{4})\s*\|?\s*(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateThenTime();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?\s*\|?\s*(?<y>\d{4})[/.-](?<mo>\d{1,2})[/.-](?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeThenIsoDate();

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.]|\s*年\s*)(?<mo>\d{1,2})(?:[-/.]|\s*月\s*)(?<d>\d{1,2})\s*日?\s*[,|]?\s*(?:(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoLike();

    // What the templates print around a stamp: the weekday before it (星期二, 20/12/2016 14:48), the zone and
    // the print button after it (2024/07/27, 06:37 (GMT+7); 17:16 | 21/04/2016 Print).
    [GeneratedRegex(@"\s*(?:\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?|Print|打印)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Trailer();

    // Other Vietnamese sites open the stamp with the weekday.
    [GeneratedRegex(@"^(?:星期|周|礼拜)[一二三四五六日天]\s*[,,]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    // The text of VNA's news-agency site opens with "date 2026-02-05" and the first paragraph on the same line.
    [GeneratedRegex(@"^date\s*[:]?\s*(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:[T\s]+(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?)?(?:\s+|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingStamp();

    /// <summary>Reads a line that holds only a timestamp.</summary>
    public static bool TryParse(string line, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (line.Length is < 8 or > 48)
        {
            return false;
        }

        var bare = Trailer().Replace(Weekday().Replace(line.Trim(), string.Empty, 1), string.Empty, 1);
        foreach (var pattern in (ReadOnlySpan<Regex>)[TimeThenDate(), DateThenTime(), TimeThenIsoDate(), IsoLike()])
        {
            var match = pattern.Match(bare);
            if (match.Success && TryBuild(match, out timestamp))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits a stamp that opens a line of text (<c>date 2026-02-05 越通社特派记者报道,…</c>) from the text after it.
    /// </summary>
    public static bool TrySplitLeadingStamp(string line, out DateTimeOffset timestamp, out string rest)
    {
        ArgumentNullException.ThrowIfNull(line);
        rest = line;
        timestamp = default;
        var match = LeadingStamp().Match(line.TrimStart());
        if (!match.Success || !TryBuild(match, out timestamp))
        {
            return false;
        }

        rest = line.TrimStart()[match.Length..].Trim();
        return true;
    }

    private static bool TryBuild(Match match, out DateTimeOffset timestamp)
    {
        timestamp = default;
        var year = Int(match, "y");
        var month = Int(match, "mo");
        var day = Int(match, "d");
        var hour = Int(match, "h");
        var minute = Int(match, "m");
        if (month > 12 && day <= 12)
        {
            (month, day) = (day, month); // 07/27/2023: the government site writes the month first
        }

        if (year is < 1945 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return false;
        }

        timestamp = new DateTimeOffset(year, month, day, hour, minute, 0, VietnamOffset);
        return true;
    }

    private static int Int(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
}

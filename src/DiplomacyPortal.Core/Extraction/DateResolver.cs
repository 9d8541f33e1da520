using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// Finds the date of the event an article reports: the dateline's date, else the first date of the lead (or of
/// the first paragraph when there is no lead), else the page's timestamp; without a timestamp, the first date
/// anywhere in the lead and body. VNA datelines carry no year, so the year comes only from what the page states:
/// an explicit "YYYY年" beside the same month and day, a year naming the event or dating its month in the same
/// sentence (出席2023年东盟峰会期间, 从2024年11月21日至23日 for the 23rd), an anniversary of relations (今年是越中建交70周年 →
/// 1950 + 70) or an anniversary's range (50周年(1973-2023)), or the page's timestamp. A year is never guessed.
/// </summary>
public sealed partial class DateResolver(GazetteerData gazetteer, CountryFinder countries)
{
    /// <summary>How far an event may lie from the page's timestamp and still take its year.</summary>
    private const int MaxDaysBeforeStamp = 60;
    private const int MaxDaysAfterStamp = 31;

    [GeneratedRegex(@"(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?:今年|本年|值此|庆祝|纪念|迎来)[^。,;]{0,24}?(?:建交|关系正常化)\s*(?<years>\d{1,3}|[零一二三四五六七八九十百两]{1,5})\s*周年", RegexOptions.CultureInvariant)]
    private static partial Regex Anniversary();

    // 越日建交50周年(1973-2023), 国庆37周年(1975.12.2-2012.12.2), 建社80周年(1945年9月15日-2025年9月15日).
    [GeneratedRegex(@"周年\s*[(（]\s*(?:19|20)\d{2}[^)）]{0,14}?[-–—~至]\s*(?<end>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex AnniversaryRange();

    // A year that names the event: 2023年东盟峰会, 2024年亚太经合组织(APEC)领导人会议周.
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年\s*[^\d,。;、“”]{0,16}?(?:峰会|会议|论坛|年会|大会|博览会|领导人|系列会议)", RegexOptions.CultureInvariant)]
    private static partial Regex YearNamingEvent();

    // A dated range that holds the event's day: 从2024年11月21日至23日.
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<from>\d{1,2})\s*日?\s*(?:至|到|-|—|–)\s*(?:(?<toMonth>\d{1,2})\s*月\s*)?(?<to>\d{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex DatedRange();

    // A day written without its month (陈青敏29日在河内…, 19日下午): VNA's habit for events of the same month.
    [GeneratedRegex(@"(?<![\d月.\-/])(?<day>[1-9]|[12]\d|3[01])\s*日(?=上午|下午|晚|早|中午|凌晨|在|,|电|同|与|起|举行|会见|出席)", RegexOptions.CultureInvariant)]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?=\s*年)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYear();

    /// <summary>The shared resolver over the embedded gazetteer.</summary>
    public static DateResolver Default { get; } = new(GazetteerData.Default, CountryFinder.Default);

    /// <summary>Resolves the date of a parsed article; <paramref name="pair"/> tells whose relations "两国建交" means.</summary>
    public ArticleDate Resolve(ParsedArticle article, CountryPair? pair)
    {
        ArgumentNullException.ThrowIfNull(article);
        var texts = new[] { article.Headline, article.Lead }.Concat(article.Body.Select(p => p.Text)).OfType<string>().ToList();
        var stamp = article.PublishedAt;

        if (article.Dateline is { Month: { } datelineMonth, Day: { } datelineDay } dateline)
        {
            var evidence = $"dateline {datelineMonth}月{datelineDay}日";
            var sentence = article.Body.Count > 0 ? article.Body[0].Text : string.Empty;
            return dateline.Year is { } datelineYear
                ? new ArticleDate(datelineYear, datelineMonth, datelineDay, DatePrecision.Day, evidence)
                : WithYear(datelineMonth, datelineDay, evidence, sentence, texts, pair, stamp);
        }

        // With a timestamp only the opening paragraph dates the event: later dates are often of other events.
        var opening = article.Lead ?? (article.Body.Count > 0 ? article.Body[0].Text : null);
        var eventTexts = stamp is null
            ? new[] { article.Lead }.Concat(article.Body.Select(p => p.Text)).OfType<string>()
            : new[] { opening }.OfType<string>();
        foreach (var text in eventTexts)
        {
            foreach (Match match in MonthDay().Matches(text))
            {
                var statedYear = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
                var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (!IsValid(statedYear ?? 2000, month, day))
                {
                    continue;
                }

                var evidence = $"first date in the text: {match.Value}";
                if (statedYear is { } stated)
                {
                    return new ArticleDate(stated, month, day, DatePrecision.Day, evidence);
                }

                if (stamp is not null && StampYear(month, day, stamp.Value) is null)
                {
                    continue; // too far from the page's own date to be the event it reports
                }

                return WithYear(month, day, evidence, SentenceAround(text, match.Index), texts, pair, stamp);
            }
        }

        if (stamp is { } published)
        {
            if (opening is not null && DayOnly().Match(opening) is { Success: true } dayOnly && StampMonth(int.Parse(dayOnly.Groups["day"].Value, CultureInfo.InvariantCulture), published) is { } dated)
            {
                return new ArticleDate(dated.Year, dated.Month, dated.Day, DatePrecision.Day,
                    $"{dayOnly.Value} in the text; month and year from the page timestamp {published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            }

            return new ArticleDate(published.Year, published.Month, published.Day, DatePrecision.Day,
                $"page timestamp {published.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        }

        return FindAnniversaryYear(texts, pair) is ({ } anniversaryYear, { } how)
            ? new ArticleDate(anniversaryYear, null, null, DatePrecision.Year, $"year from {how}; no month or day in the text")
            : ArticleDate.Unknown;
    }

    private ArticleDate WithYear(int month, int day, string evidence, string sentence, List<string> texts, CountryPair? pair, DateTimeOffset? stamp)
    {
        foreach (var text in texts)
        {
            foreach (Match match in MonthDay().Matches(text))
            {
                if (match.Groups["year"].Success
                    && int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) == month
                    && int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) == day)
                {
                    var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                    if (IsValid(year, month, day))
                    {
                        return new ArticleDate(year, month, day, DatePrecision.Day, $"{evidence}; year from \"{match.Value}\"");
                    }
                }
            }
        }

        if (YearInSentence(sentence, month, day) is ({ } sentenceYear, { } phrase) && IsValid(sentenceYear, month, day))
        {
            return new ArticleDate(sentenceYear, month, day, DatePrecision.Day, $"{evidence}; year from \"{phrase}\" in the same sentence");
        }

        if (stamp is { } published && StampYear(month, day, published) is { } stampYear)
        {
            return new ArticleDate(stampYear, month, day, DatePrecision.Day,
                $"{evidence}; year from the page timestamp {published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (FindAnniversaryYear(texts, pair) is ({ } anniversaryYear, { } how) && IsValid(anniversaryYear, month, day))
        {
            return new ArticleDate(anniversaryYear, month, day, DatePrecision.Day, $"{evidence}; year from {how}");
        }

        return new ArticleDate(null, month, day, DatePrecision.MonthDay, $"{evidence}; year unknown");
    }

    /// <summary>
    /// The one year a sentence gives its event: a dated range that holds its day, or a year naming the event.
    /// Two different years leave it open.
    /// </summary>
    private static (int? Year, string? Phrase) YearInSentence(string sentence, int month, int day)
    {
        var dating = DatedRange().Matches(sentence).Where(m => Holds(m, month, day)).ToList();
        var naming = YearNamingEvent().Matches(sentence).ToList();
        var found = dating.Concat(naming).ToList();
        var years = found.Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        var allYears = AnyYear().Matches(sentence).Select(m => m.Value).Distinct().Count();
        return years.Count == 1 && allYears == 1 ? (years[0], found[0].Value) : (null, null);
    }

    /// <summary>The date of a day of the month the text gives alone (28日), the latest on or before the stamp.</summary>
    private static DateOnly? StampMonth(int day, DateTimeOffset stamp)
    {
        var published = DateOnly.FromDateTime(stamp.Date);
        for (var back = 0; back < 2; back++)
        {
            var month = published.AddMonths(-back);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) <= published)
            {
                return new DateOnly(month.Year, month.Month, day);
            }
        }

        return null;
    }

    private static bool Holds(Match range, int month, int day)
    {
        int Number(string group) => int.Parse(range.Groups[group].Value, CultureInfo.InvariantCulture);
        var from = (Number("month"), Number("from"));
        var to = (range.Groups["toMonth"].Success ? Number("toMonth") : Number("month"), Number("to"));
        return from.CompareTo((month, day)) <= 0 && (month, day).CompareTo(to) <= 0;
    }

    /// <summary>
    /// The year that puts a month and day within the page's reach of its timestamp, if any does. A stamp whose
    /// day could be its month is tried both ways: the government site writes 08/06/2025 for 6 August, where VNA
    /// writes 14/07/2022 for 14 July.
    /// </summary>
    private static int? StampYear(int month, int day, DateTimeOffset stamp)
    {
        var published = DateOnly.FromDateTime(stamp.Date);
        var readings = published.Day <= 12 && published.Day != published.Month
            ? new[] { published, new DateOnly(published.Year, published.Day, Math.Min(published.Month, DateTime.DaysInMonth(published.Year, published.Day))) }
            : [published];
        return readings.Select(r => StampYear(month, day, r)).FirstOrDefault(y => y is not null);
    }

    private static int? StampYear(int month, int day, DateOnly published)
    {
        foreach (var year in new[] { published.Year, published.Year - 1, published.Year + 1 })
        {
            if (IsValid(year, month, day))
            {
                var gap = published.DayNumber - new DateOnly(year, month, day).DayNumber;
                if (gap is >= -MaxDaysAfterStamp and <= MaxDaysBeforeStamp)
                {
                    return year;
                }
            }
        }

        return null;
    }

    private static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOf('。', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('。', index);
        return end < 0 ? text[start..] : text[start..end];
    }

    private (int? Year, string? How) FindAnniversaryYear(List<string> texts, CountryPair? pair)
    {
        foreach (var text in texts)
        {
            foreach (Match match in Anniversary().Matches(text))
            {
                var years = ParseCount(match.Groups["years"].Value);
                var partner = countries.Scan(match.Value).Mentions.Select(m => m.Code).FirstOrDefault(c => c != "VN")
                    ?? (match.Value.Contains("两国", StringComparison.Ordinal) && pair is { } p && p.Contains("VN") ? p.Other("VN") : null);
                if (years is > 0 and < 200 && partner is not null && gazetteer.RelationsEstablished.TryGetValue(partner, out var established))
                {
                    return (established.Year + years.Value, $"\"{match.Value}\" (relations established {established.Year})");
                }
            }

            if (AnniversaryRange().Match(text) is { Success: true } range)
            {
                return (int.Parse(range.Groups["end"].Value, CultureInfo.InvariantCulture), $"the anniversary's range \"{range.Value})\"");
            }
        }

        return (null, null);
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>Reads "70" or "七十" / "七十五" / "一百".</summary>
    internal static int? ParseCount(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        const string digits = "零一二三四五六七八九";
        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = c == '两' ? 2 : digits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current;
    }
}

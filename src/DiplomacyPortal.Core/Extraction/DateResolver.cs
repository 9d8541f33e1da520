using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Core.Parsing;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// Finds an article's date: the page's timestamp, else the dateline's date, else the first event date in
/// the lead and body. VNA datelines carry no year, so the year comes only from an explicit "YYYY年" beside
/// the same month and day, or from an anniversary of relations ("今年是越中建交70周年" → 1950 + 70).
/// A year is never guessed.
/// </summary>
public sealed partial class DateResolver(GazetteerData gazetteer, CountryFinder countries)
{
    [GeneratedRegex(@"(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?:今年|本年|值此|庆祝|纪念|迎来)[^。,;]{0,24}?(?:建交|关系正常化)\s*(?<years>\d{1,3}|[零一二三四五六七八九十百两]{1,5})\s*周年", RegexOptions.CultureInvariant)]
    private static partial Regex Anniversary();

    /// <summary>The shared resolver over the embedded gazetteer.</summary>
    public static DateResolver Default { get; } = new(GazetteerData.Default, CountryFinder.Default);

    /// <summary>Resolves the date of a parsed article; <paramref name="pair"/> tells whose relations "两国建交" means.</summary>
    public ArticleDate Resolve(ParsedArticle article, CountryPair? pair)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.PublishedAt is { } published)
        {
            return new ArticleDate(published.Year, published.Month, published.Day, DatePrecision.Day,
                $"page timestamp {published.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        }

        var texts = new[] { article.Headline, article.Lead }.Concat(article.Body.Select(p => p.Text)).OfType<string>().ToList();
        if (article.Dateline is { Month: { } datelineMonth, Day: { } datelineDay } dateline)
        {
            var evidence = $"dateline {datelineMonth}月{datelineDay}日";
            return dateline.Year is { } datelineYear
                ? new ArticleDate(datelineYear, datelineMonth, datelineDay, DatePrecision.Day, evidence)
                : WithYear(datelineMonth, datelineDay, evidence, texts, pair);
        }

        var eventTexts = new[] { article.Lead }.Concat(article.Body.Select(p => p.Text)).OfType<string>();
        foreach (var text in eventTexts)
        {
            foreach (Match match in MonthDay().Matches(text))
            {
                var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (!IsValid(match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : 2000, month, day))
                {
                    continue;
                }

                var evidence = $"first date in the text: {match.Value}";
                return match.Groups["year"].Success
                    ? new ArticleDate(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month, day, DatePrecision.Day, evidence)
                    : WithYear(month, day, evidence, texts, pair);
            }
        }

        return ArticleDate.Unknown;
    }

    private ArticleDate WithYear(int month, int day, string evidence, List<string> texts, CountryPair? pair)
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

        if (FindAnniversaryYear(texts, pair) is ({ } anniversaryYear, { } how) && IsValid(anniversaryYear, month, day))
        {
            return new ArticleDate(anniversaryYear, month, day, DatePrecision.Day, $"{evidence}; year from {how}");
        }

        return new ArticleDate(null, month, day, DatePrecision.MonthDay, $"{evidence}; year unknown");
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

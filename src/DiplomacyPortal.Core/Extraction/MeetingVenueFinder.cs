using DiplomacyPortal.Core.Gazetteer;

namespace DiplomacyPortal.Core.Extraction;

/// <summary>Where a meeting took place, and which country of the pair hosted it; null where the text does not say.</summary>
/// <param name="Place">The city (在河内), else the dateline's place or bureau.</param>
/// <param name="Host">The country of the pair that received the other; only for meetings in person.</param>
/// <param name="Evidence">The words the host was read from.</param>
public sealed record MeetingVenue(string? Place, string? Host, string? Evidence);

/// <summary>
/// Reads who hosted whom from the opening of an article (headline, lead, first paragraph). VNA says it in a
/// few set ways: "对俄罗斯进行正式访问" (a visit to Russia), "来越进行正式访问" or "访华" (a visit to Vietnam,
/// to China), "访问老挝", "在河内" (the city where it happened). The dateline is not evidence of the host:
/// the Hanoi desk files stories of visits abroad under 越通社河内; only a bureau abroad (驻老挝) is.
/// </summary>
public sealed class MeetingVenueFinder(GazetteerData gazetteer)
{
    /// <summary>How far after "对X进行" the word 访问 may come (对中国进行为期三天的国事访问).</summary>
    private const int VisitWordWindow = 14;

    public static MeetingVenueFinder Default { get; } = new(GazetteerData.Default);

    /// <summary>Types of meeting in which one side travels to the other.</summary>
    public static IReadOnlySet<string> InPersonTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { "visit", "talks", "meeting", "consultation" };

    public MeetingVenue Find(CountryPair pair, string? meetingType, string opening, string? datelinePlace, string? bureau)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var city = FirstCity(opening);
        var (host, evidence) = meetingType is not null && InPersonTypes.Contains(meetingType) ? Host(pair, opening, city, bureau) : (null, null);

        // The dateline's city names the place only when it lies in the host country: a visit to Moscow filed
        // by the Hanoi desk did not take place in Hanoi.
        var datelineCountry = datelinePlace is not null && gazetteer.PlaceCountries.TryGetValue(datelinePlace, out var code) ? code : null;
        var place = city?.Name ?? (bureau is not null && host is not null && CountryOfBureau(bureau) == host ? bureau : null)
            ?? (host is not null && datelineCountry == host ? datelinePlace : null);
        return new MeetingVenue(place, host, evidence);
    }

    private (string? Host, string? Evidence) Host(CountryPair pair, string opening, (string Name, string Code)? city, string? bureau)
    {
        foreach (var code in new[] { pair.First, pair.Second })
        {
            var country = gazetteer.CountriesByCode[code];
            string[] names = [country.Chinese, .. country.Aliases];
            if (names.Select(n => VisitTo(opening, n)).FirstOrDefault(e => e is not null) is { } visit)
            {
                return (code, visit);
            }

            // 访越, 来老, 访问老挝, 访华: the short forms only where they stand right after 访 or 来.
            var forms = country.Abbreviations.Where(a => a.Length == 1).SelectMany(a => new[] { "访" + a, "来" + a })
                .Concat(names.Select(n => "访问" + n))
                .Concat(gazetteer.HostPhrases.Where(p => p.Value == code).Select(p => p.Key));
            if (forms.FirstOrDefault(f => opening.Contains(f, StringComparison.Ordinal)) is { } form)
            {
                return (code, form);
            }
        }

        if (city is not null && pair.Contains(city.Value.Code))
        {
            return (city.Value.Code, "在" + city.Value.Name);
        }

        return bureau is not null && CountryOfBureau(bureau) is { } abroad && pair.Contains(abroad) ? (abroad, bureau) : (null, null);
    }

    /// <summary>"对俄罗斯进行正式访问": the country named between 对 and 进行, when 访问 follows soon.</summary>
    private static string? VisitTo(string text, string countryName)
    {
        var phrase = "对" + countryName + "进行";
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var after = at + phrase.Length;
            var window = text.AsSpan(after, Math.Min(VisitWordWindow, text.Length - after));
            if (window.IndexOf("访问", StringComparison.Ordinal) >= 0)
            {
                return phrase + "…访问";
            }
        }

        return null;
    }

    private (string Name, string Code)? FirstCity(string text)
    {
        (string Name, string Code)? first = null;
        var firstAt = int.MaxValue;
        foreach (var (name, code) in gazetteer.PlaceCountries)
        {
            var at = text.IndexOf("在" + name, StringComparison.Ordinal);
            if (at >= 0 && at < firstAt)
            {
                (first, firstAt) = ((name, code), at);
            }
        }

        return first;
    }

    private string? CountryOfBureau(string bureau)
    {
        var named = bureau.StartsWith('驻') ? bureau[1..] : bureau;
        return gazetteer.Countries.FirstOrDefault(c => c.Chinese == named || c.Aliases.Contains(named))?.Code;
    }
}

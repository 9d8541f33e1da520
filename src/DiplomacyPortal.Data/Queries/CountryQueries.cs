using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>A country with the number of visible articles of its pairs.</summary>
public sealed record CountryView(string Code, string NameZh, string NameEn, DateOnly? RelationsEstablished, int Articles);

/// <summary>The countries (every one the gazetteer knows) and a partner country's page: its pairs and its officials.</summary>
public static class CountryQueries
{
    public static async Task<List<CountryView>> CountriesAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = await Visibility.CountryLinks(db).Where(c => c.InPair).GroupBy(c => c.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return [.. countries.Select(c => new CountryView(c.Code, c.NameZh, c.NameEn, c.RelationsEstablished, counts.GetValueOrDefault(c.Code)))];
    }

    public static async Task<(List<PairSummary> Pairs, List<OfficialSummary> Officials)> CountryAsync(PortalDbContext db, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pairs = (await PairQueries.PairsAsync(db, cancellationToken)).Where(p => p.Pair.Split('-').Contains(code)).ToList();
        var links = Visibility.OfficialLinks(db);
        var officials = await Visibility.Officials(db).Where(o => o.CountryCode == code)
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.LatinName, RomanName = o.VietnameseName ?? o.LatinName, Articles = links.Count(l => l.OfficialId == o.Id) })
            .OrderByDescending(o => o.Articles)
            .Select(o => new OfficialSummary(o.Id, o.Name, o.CountryCode, o.LatinName, o.Articles) { RomanName = o.RomanName })
            .ToListAsync(cancellationToken);
        return (pairs, officials);
    }
}

using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>An official's name as the articles write it and in Latin letters (a Vietnamese name with its diacritics, else the Latin name; null when only the Chinese is known).</summary>
public sealed record OfficialLabel(string Name, string? RomanName);

public sealed record OfficialSummary(int Id, string Name, string? CountryCode, string? LatinName, int Articles)
{
    /// <summary>The name in Latin letters as the English pages show it: a Vietnamese name with its diacritics, others by their Latin name; null when only the Chinese is known.</summary>
    public string? RomanName { get; init; }
}

public sealed record TitleSpan(string Title, DateTime? First, DateTime? Last, int Articles);

/// <summary>An official of another country someone met, and in how many meetings.</summary>
public sealed record Counterpart(int Id, string Name, string? CountryCode, int Meetings)
{
    /// <summary>The name in Latin letters as the English pages show it: a Vietnamese name with its diacritics, others by their Latin name; null when only the Chinese is known.</summary>
    public string? RomanName { get; init; }
}

/// <summary>
/// An official as the page and the API show them. <see cref="ArticleIds"/>, the visible articles naming them newest
/// first, serves the page's list; the API leaves it out (its article list is /api/v1/articles?official=ID).
/// </summary>
public sealed record OfficialDetails(int Id, string Name, string? CountryCode, string? LatinName, string? VietnameseName, IReadOnlyList<string> Aliases,
    IReadOnlyList<TitleSpan> Titles, IReadOnlyList<Counterpart> Counterparts, IReadOnlyList<MonthCount> Timeline,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<int> ArticleIds);

/// <summary>Officials: the lists, the most mentioned, and an official's page.</summary>
public static class OfficialQueries
{
    public static async Task<List<OfficialSummary>> TopOfficialsAsync(PortalDbContext db, IQueryable<Article> articles, int take, CancellationToken cancellationToken = default) =>
        await TopOfficialsOfLinksAsync(db, db.ArticleOfficials.AsNoTracking().Where(o => articles.Select(a => a.Id).Contains(o.ArticleId)), take, cancellationToken);

    /// <summary>The most mentioned officials of all visible articles: counted over the link table alone, hidden articles left out.</summary>
    public static async Task<List<OfficialSummary>> TopOfficialsOverallAsync(PortalDbContext db, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await TopOfficialsOfLinksAsync(db, Visibility.OfficialLinks(db), take, cancellationToken);
    }

    // Counts by official id first (the link table's index answers that), then names only the top ones.
    internal static async Task<List<OfficialSummary>> TopOfficialsOfLinksAsync(PortalDbContext db, IQueryable<ArticleOfficial> links, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var top = await links.GroupBy(o => o.OfficialId)
            .Select(g => new { OfficialId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.OfficialId)
            .Take(take)
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, top.Select(t => t.OfficialId).ToList(), cancellationToken);
        return top.Select(t => new OfficialSummary(t.OfficialId, names[t.OfficialId].Name, names[t.OfficialId].CountryCode, names[t.OfficialId].LatinName, t.Count) { RomanName = names[t.OfficialId].RomanName }).ToList();
    }

    /// <summary>An official's name in both scripts, when they are named in a visible article.</summary>
    public static Task<OfficialLabel?> LabelAsync(PortalDbContext db, int id, CancellationToken cancellationToken = default) =>
        Visibility.Officials(db).Where(o => o.Id == id).Select(o => new OfficialLabel(o.Name, o.VietnameseName ?? o.LatinName)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>How officials are named in lists, by id: the few at the top of a count, looked up once it is made.</summary>
    internal static Task<Dictionary<int, OfficialName>> NamesAsync(PortalDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        db.Officials.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new OfficialName(o.Id, o.Name, o.CountryCode, o.LatinName, o.VietnameseName ?? o.LatinName))
            .ToDictionaryAsync(o => o.Id, cancellationToken);

    internal sealed record OfficialName(int Id, string Name, string? CountryCode, string? LatinName, string? RomanName);

    public static async Task<List<OfficialSummary>> OfficialsAsync(PortalDbContext db, string? nameFilter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var officials = Visibility.Officials(db);
        var links = Visibility.OfficialLinks(db);
        if (!string.IsNullOrWhiteSpace(nameFilter))
        {
            var term = nameFilter.Trim();
            officials = officials.Where(o => o.Name.Contains(term) || o.Aliases.Any(a => a.Alias.Contains(term)));
        }

        return await officials
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.LatinName, RomanName = o.VietnameseName ?? o.LatinName, Articles = links.Count(l => l.OfficialId == o.Id) })
            .OrderBy(o => o.CountryCode).ThenByDescending(o => o.Articles).ThenBy(o => o.Name)
            .Select(o => new OfficialSummary(o.Id, o.Name, o.CountryCode, o.LatinName, o.Articles) { RomanName = o.RomanName })
            .ToListAsync(cancellationToken);
    }

    public static async Task<OfficialDetails?> OfficialAsync(PortalDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var official = await Visibility.Officials(db).Where(o => o.Id == id)
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.LatinName, o.VietnameseName, Aliases = o.Aliases.Select(a => a.Alias).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (official is null)
        {
            return null;
        }

        // One read of the official's links (which carry their article's date) serves the titles, the timeline and
        // the list, from one index.
        var links = await Visibility.OfficialLinks(db)
            .Where(l => l.OfficialId == id)
            .Select(l => new { l.ArticleId, l.Title, l.Date, l.Year, l.Month })
            .ToListAsync(cancellationToken);
        var titles = links.Where(l => l.Title != null)
            .GroupBy(l => l.Title!)
            .Select(g => new TitleSpan(g.Key, g.Min(l => l.Date), g.Max(l => l.Date), g.Count()))
            .OrderBy(t => t.First ?? DateTime.MaxValue)
            .ToList();
        var timeline = links.Where(l => l.Year != null && l.Month != null)
            .GroupBy(l => (Year: l.Year!.Value, Month: l.Month!.Value))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count()))
            .ToList();

        // The order of ArticleFilters.NewestFirst: by date, undated last, then by id.
        var newestFirst = links.OrderBy(l => l.Date is null).ThenByDescending(l => l.Date).ThenByDescending(l => l.ArticleId).Select(l => l.ArticleId).ToList();
        var counterparts = await MeetingQueries.CounterpartsAsync(db, id, official.CountryCode, 30, cancellationToken);
        return new OfficialDetails(official.Id, official.Name, official.CountryCode, official.LatinName, official.VietnameseName, official.Aliases,
            titles, counterparts, timeline, newestFirst);
    }
}

using DiplomacyPortal.Core.Gazetteer;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>
/// A change of level the articles report: the level reached, when (the year the text gives, or the date of the
/// article that reports the change as its news; null when neither is known) and the articles that say so.
/// </summary>
public sealed record FrameworkEvent(string Level, string Change, int? Year, int? Month, int? Day, IReadOnlyList<int> ArticleIds, string Evidence);

/// <summary>
/// Where Vietnam's relationship with a partner stands, from the articles in the store: the current level (null when
/// no article names one), since when (null when unknown), the level before it (null when unknown), the articles
/// that are the evidence, and the history of changes, oldest first. Nothing is guessed.
/// </summary>
public sealed record PartnerFramework(string Country, string? Level, int? SinceYear, int? SinceMonth, int? SinceDay, string? PreviousLevel, IReadOnlyList<int> EvidenceArticleIds, IReadOnlyList<FrameworkEvent> History);

/// <summary>The frameworks table: every partner of Vietnam in the store and the level of the relationship.</summary>
public static class FrameworkQueries
{
    private const int MaxEvidence = 20;

    /// <summary>Every partner paired with Vietnam in a visible article, by country code.</summary>
    public static async Task<List<PartnerFramework>> AllAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var statements = (await StatementsAsync(db, null, cancellationToken)).ToLookup(s => s.Partner);

        // The pairs from the pair index (a few hundred distinct values), then those with Vietnam.
        var pairs = await Visibility.Articles(db).Where(a => a.Pair != null).Select(a => a.Pair!).Distinct().ToListAsync(cancellationToken);
        return pairs.Select(Partner).OfType<string>().Distinct()
            .Select(country => Framework(country, [.. statements[country]]))
            .OrderBy(f => f.Country, StringComparer.Ordinal).ToList();
    }

    /// <summary>The framework of one pair with Vietnam; null for a pair without Vietnam.</summary>
    public static async Task<PartnerFramework?> OfPairAsync(PortalDbContext db, string pair, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Partner(pair) is { } country ? Framework(country, await StatementsAsync(db, pair, cancellationToken)) : null;
    }

    private static string? Partner(string pair) =>
        pair.Split('-') is [var a, var b] && (a == "VN" || b == "VN") && a != b ? (a == "VN" ? b : a) : null;

    /// <summary>The statements of visible articles of pairs with Vietnam (or of one pair); the rows carry their article's pair and date.</summary>
    private static async Task<List<Statement>> StatementsAsync(PortalDbContext db, string? pair, CancellationToken cancellationToken)
    {
        var hidden = Visibility.HiddenIds(db);
        var rows = db.ArticlePartnerships.AsNoTracking().Where(p => p.Pair != null && !hidden.Contains(p.ArticleId));
        rows = pair is null ? rows.Where(p => p.Pair!.StartsWith("VN-") || p.Pair!.EndsWith("-VN")) : rows.Where(p => p.Pair == pair);
        var found = await rows
            .Select(p => new { p.Level, p.Change, p.ReachedIn, p.ReportsTheChange, p.PreviousLevel, p.Evidence, p.ArticleId, p.Pair, p.Year, p.Month, p.Day, p.Date })
            .ToListAsync(cancellationToken);
        return found.Select(r => new Statement(Partner(r.Pair!)!, r.Level, r.Change, r.ReachedIn, r.ReportsTheChange, r.PreviousLevel, r.Evidence, r.ArticleId, r.Year, r.Month, r.Day, r.Date)).ToList();
    }

    /// <summary>
    /// The level now is the one of the latest dated change; without a dated change, the one named by the latest
    /// article (since unknown). The level before is that of the change before, else the level an upgrade names as
    /// its start.
    /// </summary>
    private static PartnerFramework Framework(string country, List<Statement> statements)
    {
        var history = statements.Where(s => s.Change != "named")
            .GroupBy(s => (s.Level, When: s.When))
            .Select(g => new FrameworkEvent(g.Key.Level, g.First().Change, g.Key.When?.Year, g.Key.When?.Month, g.Key.When?.Day, [.. g.Select(s => s.ArticleId).Distinct().Order().Take(MaxEvidence)], g.First().Evidence))
            .ToList();

        // One entry per level: the earliest date any article gives for reaching it.
        var dated = history.Where(e => e.Year is not null).GroupBy(e => e.Level)
            .Select(g => g.OrderBy(e => (e.Year, e.Month ?? 0, e.Day ?? 0)).First())
            .OrderBy(e => (e.Year, e.Month ?? 0, e.Day ?? 0)).ToList();
        var undated = history.Where(e => e.Year is null && dated.All(d => d.Level != e.Level)).GroupBy(e => e.Level).Select(g => g.First());
        var ordered = dated.Concat(undated).ToList();

        var latestNamed = statements.Where(s => s.Date is not null).OrderByDescending(s => s.Date).ThenBy(s => Rank(s.Level)).FirstOrDefault();
        if (dated.Count > 0 && latestNamed is not null && Rank(latestNamed.Level) < Rank(dated[^1].Level)
            && (latestNamed.ArticleYear ?? 0) >= dated[^1].Year)
        {
            // A later article names a higher level than the last change the store holds: the change itself was not
            // reported here, so the level stands with its date unknown and the last known level before it.
            var naming = statements.Where(s => s.Level == latestNamed.Level).Select(s => s.ArticleId).Distinct().Order().Take(MaxEvidence).ToList();
            return new PartnerFramework(country, latestNamed.Level, null, null, null, dated[^1].Level, naming, ordered);
        }

        if (dated.Count > 0)
        {
            var current = dated[^1];
            var previous = dated.Count > 1 ? dated[^2].Level
                : statements.Where(s => s.Level == current.Level && s.PreviousLevel is not null).Select(s => s.PreviousLevel).FirstOrDefault();
            return new PartnerFramework(country, current.Level, current.Year, current.Month, current.Day, previous, current.ArticleIds, ordered);
        }

        // The latest article's highest level: an article that names the comprehensive strategic partnership may also
        // call it a strategic partnership in passing.
        var named = statements.OrderByDescending(s => s.Date ?? (s.ArticleYear is { } y ? new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc) : DateTime.MinValue))
            .ThenBy(s => Rank(s.Level)).FirstOrDefault();
        if (named is null)
        {
            return new PartnerFramework(country, null, null, null, null, null, [], []);
        }

        var evidence = statements.Where(s => s.Level == named.Level).Select(s => s.ArticleId).Distinct().Order().Take(MaxEvidence).ToList();
        var from = statements.Where(s => s.Level == named.Level && s.PreviousLevel is not null).Select(s => s.PreviousLevel).FirstOrDefault();
        return new PartnerFramework(country, named.Level, null, null, null, from, evidence, ordered);
    }

    private static int Rank(string level) => LevelNamed(level)?.Rank ?? int.MaxValue;

    /// <summary>A level as partnerships.json describes it (names, rank); null for a code it does not hold.</summary>
    public static PartnershipLevel? LevelNamed(string? code) =>
        GazetteerData.Default.Partnerships.Levels.FirstOrDefault(l => l.Code == code);

    private sealed record Statement(string Partner, string Level, string Change, int? Year, bool ReportsTheChange, string? PreviousLevel, string Evidence, int ArticleId, int? ArticleYear, int? Month, int? Day, DateTime? Date)
    {
        /// <summary>When the level was reached: the year the text gives, else the article's date when it reports the change.</summary>
        public (int Year, int? Month, int? Day)? When =>
            Year is { } year ? (year, null, null)
            : ReportsTheChange && ArticleYear is { } articleYear ? (articleYear, Month, Day)
            : null;
    }
}

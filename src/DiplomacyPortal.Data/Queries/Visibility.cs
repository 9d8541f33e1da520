using System.Linq.Expressions;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>
/// What the public sees: every article an editor has not hidden, and what hangs from those — their officials'
/// links, their countries, and the officials named in at least one of them. The one definition that every page,
/// API route, export, feed and count reads through.
/// </summary>
public static class Visibility
{
    /// <summary>The rule itself, for a query that reads the article's row anyway: an editor has not hidden it.</summary>
    public static readonly Expression<Func<Article, bool>> Shown = a => !a.IsHidden;

    /// <summary>The editors' side of the rule: the articles hidden from the public.</summary>
    public static readonly Expression<Func<Article, bool>> Hidden = a => a.IsHidden;

    /// <summary>
    /// The visible articles that report a meeting: those with a pair and a meeting type. The meetings dataset is
    /// built from these and only these.
    /// </summary>
    public static IQueryable<Article> ReportingMeetings(IQueryable<Article> articles) =>
        articles.Where(Shown).Where(a => a.Pair != null && a.MeetingType != null);

    /// <summary>
    /// Ids of the hidden articles, as a subquery. They are few and only they are in the IsHidden index, so leaving
    /// them out by id spares reading each article's row for its flag (which sits after the body: a page or more).
    /// </summary>
    public static IQueryable<int> HiddenIds(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Articles.Where(Hidden).Select(a => a.Id);
    }

    /// <summary>The articles that are not hidden.</summary>
    public static IQueryable<Article> Articles(PortalDbContext db)
    {
        var hidden = HiddenIds(db);
        return db.Articles.AsNoTracking().Where(a => !hidden.Contains(a.Id));
    }

    /// <summary>The official links of the articles that are not hidden.</summary>
    public static IQueryable<ArticleOfficial> OfficialLinks(PortalDbContext db)
    {
        var hidden = HiddenIds(db);
        return db.ArticleOfficials.AsNoTracking().Where(o => !hidden.Contains(o.ArticleId));
    }

    /// <summary>The country rows of the articles that are not hidden.</summary>
    public static IQueryable<ArticleCountry> CountryLinks(PortalDbContext db)
    {
        var hidden = HiddenIds(db);
        return db.ArticleCountries.AsNoTracking().Where(c => !hidden.Contains(c.ArticleId));
    }

    /// <summary>The officials named in at least one article that is not hidden.</summary>
    public static IQueryable<Official> Officials(PortalDbContext db)
    {
        var links = OfficialLinks(db);
        return db.Officials.AsNoTracking().Where(o => links.Any(l => l.OfficialId == o.Id));
    }
}

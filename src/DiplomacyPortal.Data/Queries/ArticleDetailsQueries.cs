using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>An article as its page shows it; <c>OriginalUrl</c> is the web page it was fetched from, when it was.</summary>
public sealed record ArticleDetails(
    int Id, string? Headline, string? Lead, int? Year, int? Month, int? Day, string DatePrecision, string? DateEvidence, DateTime? PublishedAt,
    string? DatelineText, string? DatelinePlace, string Body, string? Subheadings, string? EndMarker, string? Author, string? Pair, string? PairEvidence,
    string? MeetingType, string? SeeAlso, string? Warnings, IReadOnlyList<ImageView> Images, IReadOnlyList<ArticleOfficialView> Officials, IReadOnlyList<RelatedView> Related,
    int? PreviousInPair, int? NextInPair, string? OriginalUrl = null);

public sealed record ArticleOfficialView(int OfficialId, string Name, string? CountryCode, string? Title, string? LatinName)
{
    /// <summary>The name in Latin letters as the English pages show it: a Vietnamese name with its diacritics, others by their Latin name; null when only the Chinese is known.</summary>
    public string? RomanName { get; init; }
}

public sealed record RelatedView(string? Caption, string Headline, string? Summary, int? LinkedArticleId);

public sealed record ImageView(string? Caption, string? Credit);

/// <summary>An article's page: the article with its images, officials and related items, and its neighbours in the pair.</summary>
public static class ArticleDetailsQueries
{
    public static async Task<ArticleDetails?> ArticleAsync(PortalDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hidden = Visibility.HiddenIds(db);
        var article = await Visibility.Articles(db).Where(a => a.Id == id).Select(a => new
        {
            a.Id, a.Headline, a.Lead, a.Year, a.Month, a.Day, a.DatePrecision, a.DateEvidence, a.PublishedAt, a.DatelineText, a.DatelinePlace, a.Body, a.Subheadings,
            a.EndMarker, a.Author, a.Pair, a.PairEvidence, a.MeetingType, a.SeeAlso, a.Warnings, a.Date,
            OriginalUrl = a.SourceFile!.CanonicalUrl ?? a.SourceFile.FinalUrl,
            Images = a.Images.OrderBy(i => i.Position).Select(i => new ImageView(i.Caption, i.Credit)).ToList(),
            Officials = a.Officials.OrderBy(o => o.Position).Select(o => new ArticleOfficialView(o.OfficialId, o.Official!.Name, o.CountryCode ?? o.Official.CountryCode, o.Title, o.Official.LatinName) { RomanName = o.Official.VietnameseName ?? o.Official.LatinName }).ToList(),
            Related = a.RelatedItems.OrderBy(r => r.Position).Select(r => new RelatedView(r.Caption, r.Headline, r.Summary, r.LinkedArticleId != null && !hidden.Contains(r.LinkedArticleId.Value) ? r.LinkedArticleId : null)).ToList(),
        })

        // One query per collection, each by the article's key: a single query makes SQLite materialise
        // every article's officials and related items before picking this article's.
        .AsSplitQuery()
        .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        int? previous = null, next = null;
        if (article.Pair is { } pair)
        {
            (previous, next) = await NeighboursAsync(Visibility.Articles(db).Where(a => a.Pair == pair), article.Id, article.Date, cancellationToken);
        }

        return new ArticleDetails(article.Id, article.Headline, article.Lead, article.Year, article.Month, article.Day, article.DatePrecision, article.DateEvidence, article.PublishedAt,
            article.DatelineText, article.DatelinePlace, article.Body, article.Subheadings, article.EndMarker, article.Author, article.Pair, article.PairEvidence, article.MeetingType,
            article.SeeAlso, article.Warnings, article.Images, article.Officials, article.Related, previous, next, article.OriginalUrl);
    }

    /// <summary>
    /// The older and the newer article next to one in the newest-first order (date descending, undated last,
    /// id descending), each found by a small indexed query instead of listing the whole pair.
    /// </summary>
    private static async Task<(int? Older, int? Newer)> NeighboursAsync(IQueryable<Article> articles, int id, DateTime? date, CancellationToken cancellationToken)
    {
        int? older, newer;
        if (date is { } d)
        {
            older = await articles.Where(a => a.Date < d || (a.Date == d && a.Id < id)).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
                ?? await articles.Where(a => a.Date == null).OrderByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            newer = await articles.Where(a => a.Date > d || (a.Date == d && a.Id > id)).OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        }
        else
        {
            older = await articles.Where(a => a.Date == null && a.Id < id).OrderByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            newer = await articles.Where(a => a.Date == null && a.Id > id).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
                ?? await articles.Where(a => a.Date != null).OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return (older, newer);
    }
}

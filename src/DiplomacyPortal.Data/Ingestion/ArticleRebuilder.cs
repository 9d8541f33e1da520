using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Meetings;
using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Derives an article's rows again from its source file with the editors' corrections laid over them. Both a
/// reparse and an editor's correction go through here, so a correction is exactly what survives a reparse.
/// </summary>
internal static class ArticleRebuilder
{
    /// <summary>An article with every row derived from it, tracked, ready to rebuild.</summary>
    public static Task<Article> LoadAsync(PortalDbContext db, int articleId, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.Images).Include(a => a.RelatedItems).Include(a => a.Documents).Include(a => a.Partnerships).Include(a => a.Countries).Include(a => a.Officials).Include(a => a.Overrides)
            .SingleAsync(a => a.Id == articleId, cancellationToken);

    /// <summary>Replaces the derived rows of <paramref name="article"/> with those of <paramref name="read"/> and its overrides; the caller commits.</summary>
    public static async Task RebuildAsync(PortalDbContext db, Article article, ArticleReadResult read, DateTime now, CancellationToken cancellationToken)
    {
        db.ArticleImages.RemoveRange(article.Images);
        db.RelatedItems.RemoveRange(article.RelatedItems);
        db.ArticleDocuments.RemoveRange(article.Documents);
        db.ArticlePartnerships.RemoveRange(article.Partnerships);
        db.ArticleCountries.RemoveRange(article.Countries);
        db.ArticleOfficials.RemoveRange(article.Officials);
        await db.SaveChangesAsync(cancellationToken);
        ArticleMapper.Apply(article, read.Article!, read.Analysis!, now);
        ArticleMapper.ApplyOverrides(article, article.Overrides);
        ArticleMapper.StampPairAndDate(article);
        var officials = new OfficialLinker(db);
        await officials.LinkAsync(article, ArticleMapper.OfficialsAfterCorrections(read.Analysis!.Officials, article.Overrides), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RelatedLinks.UpdateAsync(db, [article.Id], cancellationToken);
        await MeetingLinker.UpdateAsync(db, [article.Id], cancellationToken);
        await SearchIndex.WriteAsync(db, article, OfficialLinker.LatinNamesOf(article), cancellationToken);
    }
}

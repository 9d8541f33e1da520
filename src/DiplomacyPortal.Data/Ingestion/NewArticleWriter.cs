using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Storage;
using ArticleCountry = DiplomacyPortal.Data.Entities.ArticleCountry;
using ArticleImage = DiplomacyPortal.Data.Entities.ArticleImage;
using RelatedItem = DiplomacyPortal.Data.Entities.RelatedItem;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Writes new articles of a bulk import with the rows derived from them — official links, photos, related
/// items, country links — by prepared statements in the batch's transaction, without change tracking. The
/// officials themselves must be saved first (their ids are read from the links). Search rows are written
/// apart, after all of these (see <see cref="ArticleIngestor"/>).
/// </summary>
internal sealed class NewArticleWriter(PortalDbContext db) : IDisposable
{
    private readonly RowInserter<Article> _articles = new(db);
    private readonly RowInserter<ArticleOfficial> _officials = new(db);
    private readonly RowInserter<ArticleImage> _images = new(db);
    private readonly RowInserter<RelatedItem> _related = new(db);
    private readonly RowInserter<ArticleCountry> _countries = new(db);

    /// <summary>Inserts the article, sets its new id on its rows and inserts them.</summary>
    public async Task WriteAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await _articles.InsertAsync(article, cancellationToken);
        foreach (var link in article.Officials)
        {
            link.ArticleId = article.Id;
            link.OfficialId = link.Official?.Id ?? link.OfficialId;
        }

        article.Images.ForEach(i => i.ArticleId = article.Id);
        article.RelatedItems.ForEach(r => r.ArticleId = article.Id);
        article.Countries.ForEach(c => c.ArticleId = article.Id);
        await _officials.InsertAllAsync(article.Officials, cancellationToken);
        await _images.InsertAllAsync(article.Images, cancellationToken);
        await _related.InsertAllAsync(article.RelatedItems, cancellationToken);
        await _countries.InsertAllAsync(article.Countries, cancellationToken);
    }

    public void Dispose()
    {
        _articles.Dispose();
        _officials.Dispose();
        _images.Dispose();
        _related.Dispose();
        _countries.Dispose();
    }
}

using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Writes new articles of a bulk import with the rows derived from them — official links, photos, related
/// items, country links, documents signed, partnership statements — by prepared statements in the batch's transaction, without change tracking. The
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
    private readonly RowInserter<ArticleDocument> _documents = new(db);
    private readonly RowInserter<ArticlePartnership> _partnerships = new(db);

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
        article.Documents.ForEach(d => d.ArticleId = article.Id);
        article.Partnerships.ForEach(p => p.ArticleId = article.Id);
        await _officials.InsertAllAsync(article.Officials, cancellationToken);
        await _images.InsertAllAsync(article.Images, cancellationToken);
        await _related.InsertAllAsync(article.RelatedItems, cancellationToken);
        await _countries.InsertAllAsync(article.Countries, cancellationToken);
        await _documents.InsertAllAsync(article.Documents, cancellationToken);
        await _partnerships.InsertAllAsync(article.Partnerships, cancellationToken);
    }

    public void Dispose()
    {
        _articles.Dispose();
        _officials.Dispose();
        _images.Dispose();
        _related.Dispose();
        _countries.Dispose();
        _documents.Dispose();
        _partnerships.Dispose();
    }
}

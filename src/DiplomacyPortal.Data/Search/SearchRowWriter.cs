using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Data.Search;

/// <summary>
/// Inserts rows of the index with one prepared statement on the context's connection and transaction, so the
/// row is written with the article and a bulk import pays for the statement once.
/// </summary>
internal sealed class SearchRowWriter(PortalDbContext db) : IDisposable
{
    private readonly SearchEngine _engine = SearchEngine.For(db);
    private readonly PreparedCommand _insert = SearchEngine.For(db).PrepareInsert(db);

    public Task InsertAsync(int articleId, SearchDocument document, IEnumerable<string> latinNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _insert.ExecuteAsync(cancellationToken, _engine.RowValues(articleId, document, document.LatinWordsWith(latinNames)));
    }

    public void Dispose() => _insert.Dispose();
}

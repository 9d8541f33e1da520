using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyPortal.Data.Search;

/// <summary>
/// Inserts rows of the index with one prepared statement on the context's connection and transaction, so the
/// row is written with the article and a bulk import pays for the statement once.
/// </summary>
internal sealed class SearchRowWriter : IDisposable
{
    private readonly DbCommand _command;

    public SearchRowWriter(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _command.CommandText = "INSERT INTO ArticleSearch(rowid, head_bi, body_bi, head_uni, body_uni, latin) VALUES (@id, @hb, @bb, @hu, @bu, @l)";
        foreach (var name in new[] { "@id", "@hb", "@bb", "@hu", "@bu", "@l" })
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
        }

        _command.Prepare();
    }

    public Task InsertAsync(int articleId, SearchDocument document, IEnumerable<string> latinNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        object[] values = [articleId, document.HeadBigrams, document.BodyBigrams, document.HeadUnigrams, document.BodyUnigrams, document.LatinWordsWith(latinNames)];
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i];
        }

        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _command.Dispose();
}

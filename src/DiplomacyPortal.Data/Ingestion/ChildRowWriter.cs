using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ArticleImage = DiplomacyPortal.Data.Entities.ArticleImage;
using ArticleCountry = DiplomacyPortal.Data.Entities.ArticleCountry;
using RelatedItem = DiplomacyPortal.Data.Entities.RelatedItem;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>
/// Writes the many small rows of new articles — photos, related items, country links — with prepared
/// statements on the transaction's connection. They need no change tracking, and EF Core sends one
/// statement per row, which made these rows most of the cost of an import.
/// </summary>
internal sealed class ChildRowWriter : IDisposable
{
    private readonly SqliteCommand _image;
    private readonly SqliteCommand _related;
    private readonly SqliteCommand _country;

    private ChildRowWriter(PortalDbContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        _image = Prepare(connection, transaction, "INSERT INTO ArticleImages (ArticleId, Position, Number, Caption, Credit) VALUES ($a, $p, $n, $c, $cr)", "$a", "$p", "$n", "$c", "$cr");
        _related = Prepare(connection, transaction, "INSERT INTO RelatedItems (ArticleId, Position, Caption, Credit, Headline, HeadlineKey, Summary) VALUES ($a, $p, $c, $cr, $h, $k, $s)", "$a", "$p", "$c", "$cr", "$h", "$k", "$s");
        _country = Prepare(connection, transaction, "INSERT INTO ArticleCountries (ArticleId, CountryCode, Mentions, InPair) VALUES ($a, $c, $m, $i)", "$a", "$c", "$m", "$i");
    }

    public static ChildRowWriter For(PortalDbContext db) => new(db);

    public async Task WriteAsync(int articleId, IEnumerable<ArticleImage> images, IEnumerable<RelatedItem> related, IEnumerable<ArticleCountry> countries, CancellationToken cancellationToken)
    {
        foreach (var image in images)
        {
            await RunAsync(_image, cancellationToken, articleId, image.Position, image.Number, image.Caption, image.Credit);
        }

        foreach (var item in related)
        {
            await RunAsync(_related, cancellationToken, articleId, item.Position, item.Caption, item.Credit, item.Headline, item.HeadlineKey, item.Summary);
        }

        foreach (var country in countries)
        {
            await RunAsync(_country, cancellationToken, articleId, country.CountryCode, country.Mentions, country.InPair);
        }
    }

    public void Dispose()
    {
        _image.Dispose();
        _related.Dispose();
        _country.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] names)
    {
#pragma warning disable CA2100 // The SQL is constant text of this class; values go in parameters.
        var command = new SqliteCommand(sql, connection, transaction);
#pragma warning restore CA2100
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static Task<int> RunAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}

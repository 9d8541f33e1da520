using System.Data;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Meetings;
using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Data.Meetings;

/// <summary>
/// Finds stored meetings of a pair near a date with prepared statements that seek the (Pair, Date) index.
/// A bulk import asks this hundreds of times per batch; one statement per shape, prepared once, keeps each
/// ask at a few microseconds where a query built per batch cost tens of milliseconds to compile.
/// </summary>
internal sealed class MeetingLookup : IDisposable
{
    private const string Columns = "\"Id\", \"Pair\", \"Type\", \"Year\", \"Month\", \"Day\", \"DatePrecision\", \"Date\"";
    private static readonly MeetingVenue NoVenue = new(null, null, null);

    private readonly PreparedCommand _dated;
    private readonly PreparedCommand _undated;

    public MeetingLookup(PortalDbContext db)
    {
        _dated = new PreparedCommand(db, $"SELECT {Columns} FROM \"Meetings\" WHERE \"Pair\" = @pair AND \"Date\" >= @from AND \"Date\" <= @to",
            ("@pair", DbType.String), ("@from", DbType.DateTime2), ("@to", DbType.DateTime2));
        _undated = new PreparedCommand(db, $"SELECT {Columns} FROM \"Meetings\" WHERE \"Pair\" = @pair AND \"Date\" IS NULL AND \"Month\" = @month AND \"Day\" = @day",
            ("@pair", DbType.String), ("@month", DbType.Int32), ("@day", DbType.Int32));
    }

    /// <summary>Meetings of <paramref name="pair"/> dated from <paramref name="from"/> to <paramref name="to"/>, as reports with no participants.</summary>
    public Task<List<(int Id, MeetingReport Meeting)>> DatedAsync(string pair, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        ReadAsync(_dated, cancellationToken, pair, from, to);

    /// <summary>Meetings of <paramref name="pair"/> with no year on the given month and day.</summary>
    public Task<List<(int Id, MeetingReport Meeting)>> UndatedAsync(string pair, int month, int day, CancellationToken cancellationToken) =>
        ReadAsync(_undated, cancellationToken, pair, month, day);

    public void Dispose()
    {
        _dated.Dispose();
        _undated.Dispose();
    }

    private static async Task<List<(int Id, MeetingReport Meeting)>> ReadAsync(PreparedCommand command, CancellationToken cancellationToken, params object[] values)
    {
        var found = new List<(int, MeetingReport)>();
        await using var reader = await command.ReadAsync(cancellationToken, values);
        while (await reader.ReadAsync(cancellationToken))
        {
            int? Number(int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);
            var meeting = new MeetingReport(0, reader.GetString(1), reader.GetString(2), Number(3), Number(4), Number(5), reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetDateTime(7), NoVenue, []);
            found.Add((reader.GetInt32(0), meeting));
        }

        return found;
    }
}

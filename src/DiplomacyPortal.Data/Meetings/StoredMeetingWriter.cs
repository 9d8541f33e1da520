using System.Data;
using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Storage;

namespace DiplomacyPortal.Data.Meetings;

/// <summary>
/// Writes stored meetings derived again, by prepared statements in the caller's transaction: a bulk import derives again
/// every stored meeting its batch's reports join, and tracked entities would cost a change check and a statement built
/// for each (docs/decisions/0001-bulk-writes-through-sqlites-own-handle.md).
/// </summary>
internal sealed class StoredMeetingWriter(PortalDbContext db) : IDisposable
{
    private readonly PreparedCommand _update = new(
        db,
        """
        UPDATE "Meetings" SET "Type" = @type, "Year" = @year, "Month" = @month, "Day" = @day, "DatePrecision" = @precision, "Date" = @date,
            "Place" = @place, "HostCountry" = @host, "VisitorCountry" = @visitor, "ArticleCount" = @count
        WHERE "Id" = @id
        """,
        ("@type", DbType.String), ("@year", DbType.Int32), ("@month", DbType.Int32), ("@day", DbType.Int32), ("@precision", DbType.String), ("@date", DbType.DateTime2),
        ("@place", DbType.String), ("@host", DbType.String), ("@visitor", DbType.String), ("@count", DbType.Int32), ("@id", DbType.Int32));

    private readonly PreparedCommand _deleteParticipants = new(db, "DELETE FROM \"MeetingParticipants\" WHERE \"MeetingId\" = @id", ("@id", DbType.Int32));
    private readonly PreparedCommand _delete = new(db, "DELETE FROM \"Meetings\" WHERE \"Id\" = @id", ("@id", DbType.Int32));
    private readonly RowInserter<MeetingParticipant> _participants = new(db);

    /// <summary>A participant's stored values, taken before the meeting is derived again (deriving changes its participants in place).</summary>
    public static List<(int OfficialId, string? CountryCode, string? Title)> Snapshot(Meeting meeting) =>
        meeting.Participants.Select(p => (p.OfficialId, p.CountryCode, p.Title)).ToList();

    /// <summary>Writes a meeting's fields; its participants too when they differ from <paramref name="storedParticipants"/>.</summary>
    public async Task UpdateAsync(Meeting meeting, List<(int OfficialId, string? CountryCode, string? Title)> storedParticipants, CancellationToken cancellationToken)
    {
        await _update.ExecuteAsync(
            cancellationToken,
            meeting.Type, meeting.Year, meeting.Month, meeting.Day, meeting.DatePrecision, meeting.Date,
            meeting.Place, meeting.HostCountry, meeting.VisitorCountry, meeting.ArticleCount, meeting.Id);
        if (SameParticipants(storedParticipants, meeting.Participants))
        {
            return; // most reports a meeting gains name no one new
        }

        await _deleteParticipants.ExecuteAsync(cancellationToken, meeting.Id);
        meeting.Participants.ForEach(p => p.MeetingId = meeting.Id);
        await _participants.InsertAllAsync(meeting.Participants, cancellationToken);
    }

    /// <summary>Deletes a meeting no article reports any more, with its participants (it has no report links left).</summary>
    public async Task DeleteAsync(int meetingId, CancellationToken cancellationToken)
    {
        await _deleteParticipants.ExecuteAsync(cancellationToken, meetingId);
        await _delete.ExecuteAsync(cancellationToken, meetingId);
    }

    public void Dispose()
    {
        _update.Dispose();
        _deleteParticipants.Dispose();
        _delete.Dispose();
        _participants.Dispose();
    }

    private static bool SameParticipants(List<(int OfficialId, string? CountryCode, string? Title)> stored, List<MeetingParticipant> derived) =>
        stored.Count == derived.Count && stored.All(s => derived.Any(d => (d.OfficialId, d.CountryCode, d.Title) == s));
}

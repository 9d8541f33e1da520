using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>What the nodes of the network are.</summary>
public enum NetworkView
{
    /// <summary>Officials, linked when officials of two countries took part in the same meeting.</summary>
    Officials,

    /// <summary>Countries, linked by the meetings of their pair.</summary>
    Countries,
}

/// <summary>The network's filters: the meetings dataset's, a range of years, and the view.</summary>
public sealed record NetworkFilter
{
    /// <summary>Pair, partner country, official, dates, year, meeting type, words: as on the meetings page.</summary>
    public ArticleFilter Meetings { get; init; } = new();

    /// <summary>The first year counted (meetings of unknown year are then left out).</summary>
    public int? FromYear { get; init; }

    /// <summary>The last year counted.</summary>
    public int? ToYear { get; init; }

    public NetworkView View { get; init; } = NetworkView.Officials;
}

/// <summary>
/// A node: an official (<see cref="Id"/> their id) or a country (its code). <see cref="RomanName"/> is the romanised
/// name of an official (null when only the Chinese is known) or the English name of a country.
/// </summary>
public sealed record NetworkNode(string Id, string Name, string? RomanName, string? Country, int Meetings);

/// <summary>Two nodes that met, <see cref="Meetings"/> times; <see cref="Source"/> is the smaller id.</summary>
public sealed record NetworkEdge(string Source, string Target, int Meetings);

/// <summary>
/// Who met whom under a filter. <see cref="Meetings"/> counts the filtered meetings; in the officials view only the
/// <see cref="NetworkQueries.OfficialCap"/> busiest of <see cref="NodesBeforeCap"/> officials are nodes.
/// </summary>
public sealed record NetworkGraph(NetworkView View, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int Meetings, int NodesBeforeCap)
{
    public bool IsCapped => Nodes.Count < NodesBeforeCap;
}

/// <summary>The network of meetings: officials or countries as nodes, shared meetings as edges, counted in the database.</summary>
public static class NetworkQueries
{
    /// <summary>The most officials drawn: past some hundreds a drawing is a hairball and the page slows down.</summary>
    public const int OfficialCap = 150;

    public static Task<NetworkGraph> GraphAsync(PortalDbContext db, NetworkFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var meetings = Meetings(db, filter);
        return filter.View == NetworkView.Countries ? CountriesAsync(meetings, cancellationToken) : OfficialsAsync(db, meetings, cancellationToken);
    }

    private static IQueryable<Meeting> Meetings(PortalDbContext db, NetworkFilter filter)
    {
        var meetings = MeetingQueries.Filter(db, filter.Meetings);
        if (filter.FromYear is { } from)
        {
            meetings = meetings.Where(m => m.Year >= from);
        }

        if (filter.ToYear is { } to)
        {
            meetings = meetings.Where(m => m.Year <= to);
        }

        return meetings;
    }

    /// <summary>Four queries: the meetings counted, the meetings of each official, the busiest named, their shared meetings.</summary>
    private static async Task<NetworkGraph> OfficialsAsync(PortalDbContext db, IQueryable<Meeting> meetings, CancellationToken cancellationToken)
    {
        var meetingIds = meetings.Select(m => m.Id);
        var meetingCount = await meetings.CountAsync(cancellationToken);
        var participants = db.MeetingParticipants.AsNoTracking().Where(p => meetingIds.Contains(p.MeetingId));

        // Every official's count is two integers a row, a few thousand rows at most: the cap is taken here, the total is kept.
        var counts = await participants.GroupBy(p => p.OfficialId)
            .Select(g => new { OfficialId = g.Key, Meetings = g.Count() })
            .ToListAsync(cancellationToken);
        var top = counts.OrderByDescending(c => c.Meetings).ThenBy(c => c.OfficialId).Take(OfficialCap).ToList();
        var topIds = top.Select(c => c.OfficialId).ToList();
        var names = await OfficialQueries.NamesAsync(db, topIds, cancellationToken);
        var nodes = top.Select(c => new NetworkNode(Key(c.OfficialId), names[c.OfficialId].Name, names[c.OfficialId].RomanName, names[c.OfficialId].CountryCode, c.Meetings)).ToList();

        // Officials of one side at a meeting (a minister and his deputy) did not meet each other there: only different countries link.
        var present = participants.Where(p => topIds.Contains(p.OfficialId) && p.CountryCode != null);
        var edges = await present
            .Join(present, a => a.MeetingId, b => b.MeetingId, (a, b) => new { A = a.OfficialId, B = b.OfficialId, CountryA = a.CountryCode, CountryB = b.CountryCode })
            .Where(x => x.A < x.B && x.CountryA != x.CountryB)
            .GroupBy(x => new { x.A, x.B })
            .Select(g => new { g.Key.A, g.Key.B, Meetings = g.Count() })
            .ToListAsync(cancellationToken);
        return new NetworkGraph(
            NetworkView.Officials,
            nodes,
            edges.OrderByDescending(e => e.Meetings).ThenBy(e => e.A).ThenBy(e => e.B).Select(e => new NetworkEdge(Key(e.A), Key(e.B), e.Meetings)).ToList(),
            meetingCount,
            counts.Count);
    }

    /// <summary>One query: the meetings of each pair; a country's meetings are the sum over its pairs (a meeting has one pair).</summary>
    private static async Task<NetworkGraph> CountriesAsync(IQueryable<Meeting> meetings, CancellationToken cancellationToken)
    {
        var pairs = await meetings.GroupBy(m => m.Pair).Select(g => new { Pair = g.Key, Meetings = g.Count() }).ToListAsync(cancellationToken);
        var edges = pairs.Select(p => p.Pair.Split('-')).Zip(pairs, (codes, p) => new NetworkEdge(codes[0], codes[^1], p.Meetings))
            .OrderByDescending(e => e.Meetings).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        var countries = GazetteerData.Default.CountriesByCode;
        var nodes = edges.SelectMany(e => new[] { (Code: e.Source, e.Meetings), (Code: e.Target, e.Meetings) })
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => countries.TryGetValue(g.Key, out var country)
                ? new NetworkNode(g.Key, country.Chinese, country.English, g.Key, g.Sum(c => c.Meetings))
                : new NetworkNode(g.Key, g.Key, null, g.Key, g.Sum(c => c.Meetings)))
            .OrderByDescending(n => n.Meetings).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new NetworkGraph(NetworkView.Countries, nodes, edges, pairs.Sum(p => p.Meetings), nodes.Count);
    }

    private static string Key(int officialId) => officialId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Runtime.CompilerServices;
using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Queries;

/// <summary>An official as an exported article names them, with the name in Latin letters when it is known.</summary>
public sealed record ExportedOfficial(int Id, string Name, string? CountryCode, string? Title, string? RomanName);

/// <summary>An article as the exports write it: one row, its officials inline.</summary>
public sealed record ArticleExportRow(
    int Id, string? Headline, string? Lead, int? Year, int? Month, int? Day, string DatePrecision, string? Pair, string? MeetingType, string? DatelinePlace,
    IReadOnlyList<ExportedOfficial> Officials);

/// <summary>
/// Whole filtered lists for download, read a chunk at a time in id order (keyset paging), so that exporting
/// a hundred thousand rows holds one chunk in memory, not the list.
/// </summary>
public static class ExportQueries
{
    /// <summary>Rows per query: large enough that the per-query cost is spread, small enough to hold.</summary>
    public const int ChunkSize = 1000;

    public static async IAsyncEnumerable<ArticleExportRow> ArticlesAsync(PortalDbContext db, ArticleFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var filtered = ArticleFilters.Apply(db, db.Articles.AsNoTracking(), filter, SearchIndex.Matches(db, filter.Query));
        var lastId = 0;
        while (true)
        {
            var after = lastId;
            var chunk = await filtered.Where(a => a.Id > after).OrderBy(a => a.Id).Take(ChunkSize)
                .Select(a => new ArticleExportRow(a.Id, a.Headline, a.Lead, a.Year, a.Month, a.Day, a.DatePrecision, a.Pair, a.MeetingType, a.DatelinePlace,
                    a.Officials.OrderBy(o => o.Position).Select(o => new ExportedOfficial(o.OfficialId, o.Official!.Name, o.CountryCode ?? o.Official.CountryCode, o.Title, o.Official.VietnameseName ?? o.Official.LatinName)).ToList()))
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            foreach (var row in chunk)
            {
                yield return row;
            }

            if (chunk.Count < ChunkSize)
            {
                yield break;
            }

            lastId = chunk[^1].Id;
        }
    }

    public static async IAsyncEnumerable<MeetingSummary> MeetingsAsync(PortalDbContext db, ArticleFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var filtered = MeetingQueries.Filter(db, filter);
        var lastId = 0;
        while (true)
        {
            var after = lastId;
            var chunk = await MeetingQueries.Summaries(filtered.Where(m => m.Id > after).OrderBy(m => m.Id).Take(ChunkSize)).AsSplitQuery().ToListAsync(cancellationToken);
            foreach (var row in chunk)
            {
                yield return row;
            }

            if (chunk.Count < ChunkSize)
            {
                yield break;
            }

            lastId = chunk[^1].Id;
        }
    }
}

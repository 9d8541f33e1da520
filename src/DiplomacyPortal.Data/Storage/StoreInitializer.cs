using DiplomacyPortal.Core.Gazetteer;
using DiplomacyPortal.Data.Meetings;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Storage;

/// <summary>
/// Brings a store up to date at start: its migrations, then the one-off repairs a store written by an older version or
/// an import cut short needs. Every step does nothing on a store that needs none, so it runs at every start.
/// </summary>
public static class StoreInitializer
{
    /// <summary>Applies the migrations, the engine's stored settings, and fills the country table from the gazetteer.</summary>
    public static async Task RunAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // A bulk import killed before its end left indexes out: build them first, as the migrations expect them, and
        // do what it left for its end.
        var cutShort = await DeferredIndexes.RestoreAsync(db, cancellationToken) > 0;
        await db.Database.MigrateAsync(cancellationToken);
        if (cutShort)
        {
            await Ingestion.RelatedLinks.LinkAllAsync(db, cancellationToken);
        }

        var dialect = StoreDialect.For(db);
        await dialect.PrepareStoreAsync(db, cancellationToken);

        var known = await db.Countries.Select(c => c.Code).ToListAsync(cancellationToken);
        var gazetteer = GazetteerData.Default;
        foreach (var country in gazetteer.Countries.Where(c => !known.Contains(c.Code)))
        {
            db.Countries.Add(new Entities.Country
            {
                Code = country.Code,
                NameZh = country.Chinese,
                NameEn = country.English,
                RelationsEstablished = gazetteer.RelationsEstablished.TryGetValue(country.Code, out var date) ? date : null,
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        // A store filled before the meetings dataset existed gets it built once.
        if (!await db.Meetings.AnyAsync(cancellationToken) && await Queries.Visibility.ReportingMeetings(db.Articles).AnyAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await Meetings.MeetingLinker.RebuildAllAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Meeting links stored before they kept their article's report get it, read from the article's text once.
        if (await db.MeetingArticles.AnyAsync(l => l.Type == null, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await Meetings.MeetingLinker.KeepStoredReportsAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // A migration that recreated the search table leaves it empty: tokenise the stored articles again.
        if (await SearchIndex.NeedsRebuildAsync(db, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SearchIndex.RebuildAllAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await dialect.RefreshStatisticsAsync(db, cancellationToken);
    }
}

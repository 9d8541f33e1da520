using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>What a change to the list of web sources did: the source, or why nothing changed, in plain words.</summary>
public sealed record SourceChange(WebSource? Source, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>The list of web sources, as the editors' page and the CLI change it: add, pause, resume, set the interval, poll now.</summary>
public sealed class WebSourceCatalog(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>The shortest poll interval: a feed polled more often than this burdens its site for little news.</summary>
    public const int MinimumPollMinutes = 5;

    public async Task<IReadOnlyList<WebSource>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebSources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The latest requests of the fetch log, newest first.</summary>
    public async Task<IReadOnlyList<WebFetch>> RecentFetchesAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebFetches.AsNoTracking().OrderByDescending(f => f.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<SourceChange> AddAsync(string url, int pollMinutes, bool paused, string addedBy, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return new SourceChange(null, $"'{url}' is not an http or https address.");
        }

        if (IntervalError(pollMinutes) is { } error)
        {
            return new SourceChange(null, error);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalised = address.ToString();
        if (await db.WebSources.AnyAsync(s => s.Url == normalised, cancellationToken))
        {
            return new SourceChange(null, $"{normalised} is already a source.");
        }

        var source = new WebSource { Url = normalised, PollMinutes = pollMinutes, IsPaused = paused, AddedAt = clock.GetUtcNow().UtcDateTime, AddedBy = addedBy };
        db.WebSources.Add(source);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            // Another editor added it between the check and the write.
            return new SourceChange(null, $"{normalised} is already a source.");
        }

        return new SourceChange(source, null);
    }

    /// <summary>Pauses a source, or resumes it (due at once).</summary>
    public Task<SourceChange> SetPausedAsync(int id, bool paused, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, source =>
        {
            source.IsPaused = paused;
            source.NextPollAt = paused ? source.NextPollAt : null;
            return null;
        }, cancellationToken);

    public Task<SourceChange> SetIntervalAsync(int id, int pollMinutes, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, source =>
        {
            if (IntervalError(pollMinutes) is { } error)
            {
                return error;
            }

            source.PollMinutes = pollMinutes;
            source.NextPollAt = source.LastPolledAt?.AddMinutes(pollMinutes);
            return null;
        }, cancellationToken);

    /// <summary>Makes a source due now; a paused source must be resumed first.</summary>
    public Task<SourceChange> PollNowAsync(int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, source =>
        {
            if (source.IsPaused)
            {
                return $"{source.Url} is paused; resume it to poll it.";
            }

            source.NextPollAt = null;
            return null;
        }, cancellationToken);

    private static string? IntervalError(int pollMinutes) =>
        pollMinutes < MinimumPollMinutes ? $"A source is polled every {MinimumPollMinutes} minutes at the most often; {pollMinutes} is too often." : null;

    private async Task<SourceChange> ChangeAsync(int id, Func<WebSource, string?> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.WebSources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } source)
        {
            return new SourceChange(null, $"There is no source #{id}.");
        }

        if (change(source) is { } error)
        {
            return new SourceChange(source, error);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SourceChange(source, null);
    }
}

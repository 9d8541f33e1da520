using System.Collections.Concurrent;

namespace DiplomacyPortal.Data.Jobs;

/// <summary>How each job that runs by itself (scheduled backups, the inbox) last went.</summary>
public sealed record JobState(string Job, DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, string? LastError, int FailuresInARow);

/// <summary>
/// Where the portal's background jobs report each run, so that the health check can tell an operator that one
/// keeps failing instead of leaving it to be found in the log.
/// </summary>
public sealed class BackgroundJobs(TimeProvider clock)
{
    /// <summary>Failures in a row after which a job counts as failing (one failure may be a passing hiccup).</summary>
    public const int FailingAfter = 3;

    private readonly ConcurrentDictionary<string, JobState> _jobs = new(StringComparer.Ordinal);

    public void Succeeded(string job) =>
        _jobs.AddOrUpdate(job, j => new JobState(j, clock.GetUtcNow(), null, null, 0), (_, state) => state with { LastSuccess = clock.GetUtcNow(), FailuresInARow = 0 });

    public void Failed(string job, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _jobs.AddOrUpdate(
            job,
            j => new JobState(j, null, clock.GetUtcNow(), error.Message, 1),
            (_, state) => state with { LastFailure = clock.GetUtcNow(), LastError = error.Message, FailuresInARow = state.FailuresInARow + 1 });
    }

    /// <summary>Drops a job's record: one that will not run again (a paused web source) is not failing.</summary>
    public void Forget(string job) => _jobs.TryRemove(job, out _);

    public IReadOnlyList<JobState> States => [.. _jobs.Values.OrderBy(j => j.Job, StringComparer.Ordinal)];

    /// <summary>The jobs that failed <see cref="FailingAfter"/> times or more in a row.</summary>
    public IReadOnlyList<JobState> Failing => [.. States.Where(j => j.FailuresInARow >= FailingAfter)];
}

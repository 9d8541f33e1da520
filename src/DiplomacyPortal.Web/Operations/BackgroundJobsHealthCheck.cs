using DiplomacyPortal.Data.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DiplomacyPortal.Web.Operations;

/// <summary>Degraded while a background job keeps failing (<see cref="BackgroundJobs.FailingAfter"/> runs in a row); its reason is in the log.</summary>
public sealed class BackgroundJobsHealthCheck(BackgroundJobs jobs) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(jobs.Failing is { Count: > 0 } failing
            ? HealthCheckResult.Degraded($"failing: {string.Join(", ", failing.Select(j => $"{j.Job} ({j.FailuresInARow} runs in a row)"))}")
            : HealthCheckResult.Healthy($"{jobs.States.Count} jobs reporting"));
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareDirectory.SearchSync;

/// <summary>
/// Readiness waits for the first index build: an empty index would answer every search with nothing. Unhealthy
/// (503) until then, unlike an unreachable backend later (Degraded), so a load balancer sends no traffic yet.
/// </summary>
internal sealed class SearchIndexBuildCheck(SearchIndexBuildStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsDone ? HealthCheckResult.Healthy(status.Description) : HealthCheckResult.Unhealthy(status.Description));
}

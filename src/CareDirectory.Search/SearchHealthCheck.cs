using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareDirectory.Search;

/// <summary>
/// Readiness check for the search backend. An unavailable backend reports <b>Degraded</b>, not Unhealthy:
/// the directory keeps serving everything but search, which answers SEARCH_UNAVAILABLE.
/// </summary>
public sealed class SearchHealthCheck(ISearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await index.HealthAsync(cancellationToken);
        return health.Status == SearchHealthStatus.Healthy
            ? HealthCheckResult.Healthy(health.Description)
            : HealthCheckResult.Degraded(health.Description);
    }
}

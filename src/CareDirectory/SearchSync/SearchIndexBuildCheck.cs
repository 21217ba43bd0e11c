using CareDirectory.ChangeFeed;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareDirectory.SearchSync;

/// <summary>
/// Readiness waits for the first index build: an empty index would answer every search with nothing. Unhealthy
/// (503) until then, unlike an unreachable backend later (Degraded), so a load balancer sends no traffic yet. Once
/// built it reports how many committed change-log entries the index is behind the database (<c>lag</c>), without
/// failing on it: a burst of writes must not take every replica out of the load balancer at once.
/// </summary>
internal sealed class SearchIndexBuildCheck(SearchIndexBuildStatus status, ChangeLogFollower follower) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.IsDone)
        {
            return HealthCheckResult.Unhealthy(status.Description);
        }

        if (status.Position is not { } checkpoint || follower.Watermark < 0)
        {
            return HealthCheckResult.Healthy($"{status.Description}; index position not known yet");
        }

        var lag = await follower.CountBehindAsync(checkpoint, cancellationToken);
        return HealthCheckResult.Healthy(
            $"{status.Description}; {lag} change-log entries behind the database (index at {checkpoint}, committed through {follower.Watermark})",
            new Dictionary<string, object> { ["lag"] = lag, ["checkpoint"] = checkpoint, ["watermark"] = follower.Watermark });
    }
}

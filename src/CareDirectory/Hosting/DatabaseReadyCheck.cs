using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareDirectory.Hosting;

/// <summary>Ready means: the database answers and every migration is applied.</summary>
internal sealed class DatabaseReadyCheck(IDbContextFactory<DirectoryDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("database reachable, migrations applied")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending");
    }
}

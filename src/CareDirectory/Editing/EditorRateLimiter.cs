using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareDirectory.Editing;

/// <summary>The read and write token buckets, partitioned by caller (<c>key:&lt;id&gt;</c> and <c>ip:&lt;address&gt;</c>).</summary>
public sealed class EditorRateLimiter : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _reads;
    private readonly PartitionedRateLimiter<string> _writes;

    public EditorRateLimiter(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        _reads = Buckets(_options.ReadCostLimit, _options.ReadCostPerPeriod, _options.ReplenishmentPeriod);
        _writes = Buckets(_options.WriteLimit, _options.WritesPerPeriod, _options.ReplenishmentPeriod);
    }

    /// <summary>Takes <paramref name="permits"/> from every caller's bucket; when one refuses, how long to wait.</summary>
    public TimeSpan? TryAcquire(bool write, IEnumerable<string> callers, int permits)
    {
        if (!_options.Enabled)
        {
            return null;
        }

        var limiter = write ? _writes : _reads;

        // A request bigger than a whole bucket spends the whole bucket rather than failing forever.
        var count = Math.Clamp(permits, 1, write ? _options.WriteLimit : _options.ReadCostLimit);
        TimeSpan? wait = null;
        foreach (var caller in callers)
        {
            using var lease = limiter.AttemptAcquire(caller, count);
            if (!lease.IsAcquired)
            {
                var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _options.ReplenishmentPeriod;
                wait = wait is { } longest && longest > retryAfter ? longest : retryAfter;
            }
        }

        return wait;
    }

    public void Dispose()
    {
        _reads.Dispose();
        _writes.Dispose();
    }

    private static PartitionedRateLimiter<string> Buckets(int limit, int perPeriod, TimeSpan period) =>
        PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

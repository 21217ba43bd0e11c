using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareDirectory.Editing;

/// <summary>
/// The read and write token buckets, partitioned by caller: <c>key:&lt;id&gt;</c> for an API key and
/// <c>ip:&lt;address&gt;</c> for the client address (whose buckets are <see cref="RateLimitOptions.AddressFactor"/> times larger).
/// </summary>
public sealed class EditorRateLimiter : IDisposable
{
    public const string AddressPrefix = "ip:";

    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _reads;
    private readonly PartitionedRateLimiter<string> _writes;

    public EditorRateLimiter(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        _reads = Buckets(_options.ReadCostLimit, _options.ReadCostPerPeriod);
        _writes = Buckets(_options.WriteLimit, _options.WritesPerPeriod);
    }

    /// <summary>
    /// Takes <paramref name="permits"/> from each caller's bucket in turn (key first, then address); when one refuses,
    /// stops (so a refused key does not drain its address) and says how long to wait.
    /// </summary>
    public TimeSpan? TryAcquire(bool write, IEnumerable<string> callers, int permits)
    {
        if (!_options.Enabled)
        {
            return null;
        }

        var limiter = write ? _writes : _reads;
        foreach (var caller in callers)
        {
            // A request bigger than a whole bucket spends the whole bucket rather than failing forever.
            var size = BucketSize(write ? _options.WriteLimit : _options.ReadCostLimit, caller);
            using var lease = limiter.AttemptAcquire(caller, Math.Clamp(permits, 1, size));
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _options.ReplenishmentPeriod;
            }
        }

        return null;
    }

    public void Dispose()
    {
        _reads.Dispose();
        _writes.Dispose();
    }

    private int BucketSize(int limit, string caller) =>
        caller.StartsWith(AddressPrefix, StringComparison.Ordinal) ? (int)Math.Min(int.MaxValue, (long)limit * _options.AddressFactor) : limit;

    private PartitionedRateLimiter<string> Buckets(int limit, int perPeriod) =>
        PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = BucketSize(limit, caller),
            TokensPerPeriod = BucketSize(perPeriod, caller),
            ReplenishmentPeriod = _options.ReplenishmentPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

using System.ComponentModel.DataAnnotations;

namespace CareDirectory.Editing;

/// <summary>
/// Token buckets per API key and per client IP (the <c>RateLimits</c> section). Reads spend their GraphQL cost,
/// writes one token per mutation field. The defaults are far above what a person in GraphiQL or the test suite uses.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Largest read cost a caller can spend at once (a bucket's size).</summary>
    [Range(1, int.MaxValue)]
    public int ReadCostLimit { get; set; } = 200_000;

    /// <summary>Read cost given back every <see cref="ReplenishmentPeriod"/>.</summary>
    [Range(1, int.MaxValue)]
    public int ReadCostPerPeriod { get; set; } = 100_000;

    [Range(1, int.MaxValue)]
    public int WriteLimit { get; set; } = 2_000;

    [Range(1, int.MaxValue)]
    public int WritesPerPeriod { get; set; } = 1_000;

    /// <summary>Address buckets are this many times a key's, since several editors may share one address (an office NAT).</summary>
    [Range(1, 1000)]
    public int AddressFactor { get; set; } = 4;

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromMinutes(1);
}

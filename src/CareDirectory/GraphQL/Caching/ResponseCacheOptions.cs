using System.ComponentModel.DataAnnotations;

namespace CareDirectory.GraphQL.Caching;

/// <summary>The response cache and HTTP caching of <c>/graphql</c> (configuration section <c>GraphQL:ResponseCache</c>).</summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "GraphQL:ResponseCache";

    /// <summary>Keep anonymous query responses in memory and answer repeats from there while the data has not changed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Total size of the kept responses (bodies and keys); the least recently used go first.</summary>
    [Range(0, long.MaxValue)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most responses kept, whatever their size.</summary>
    [Range(0, 1_000_000)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>
    /// <c>Cache-Control: public, max-age</c> of anonymous GET responses: how long browsers and shared caches may reuse
    /// one without asking (after that they revalidate with <c>If-None-Match</c>). A field's <c>@cacheControl(maxAge:)</c>
    /// lowers it. Zero makes every reuse a revalidation.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan PublicMaxAge { get; set; } = TimeSpan.FromSeconds(60);
}

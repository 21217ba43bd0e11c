using System.Diagnostics.Metrics;

namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// The response cache's counters in the <c>CareDirectory.ResponseCache</c> meter (exported with the other metrics
/// over OTLP): hits (304 revalidations included), misses (anonymous queries that executed), evictions (pushed out
/// for room), 304 answers, and the bytes kept.
/// </summary>
public sealed class ResponseCacheMetrics
{
    public const string MeterName = "CareDirectory.ResponseCache";

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _notModified;

    public ResponseCacheMetrics(IMeterFactory meters, Func<long> evicted, Func<long> bytes)
    {
        var meter = meters.Create(MeterName);
        _hits = meter.CreateCounter<long>("caredirectory.response_cache.hits", description: "Responses answered from the response cache (304 revalidations included).");
        _misses = meter.CreateCounter<long>("caredirectory.response_cache.misses", description: "Anonymous queries executed because no current response was kept.");
        _notModified = meter.CreateCounter<long>("caredirectory.response_cache.not_modified", description: "304 Not Modified answers to If-None-Match.");
        meter.CreateObservableCounter("caredirectory.response_cache.evictions", evicted, description: "Responses pushed out of the cache to make room.");
        meter.CreateObservableGauge("caredirectory.response_cache.bytes", bytes, unit: "By", description: "Size of the kept responses.");
    }

    public void Hit() => _hits.Add(1);

    public void Miss() => _misses.Add(1);

    public void NotModified() => _notModified.Add(1);
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CareDirectory.GraphQL.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Caching;

/// <summary>
/// Reads one application's response-cache counters as a metrics exporter does (a <see cref="MeterListener"/>),
/// only those of the meter made by that application's meter factory, so parallel test apps do not mix.
/// </summary>
internal sealed class ResponseCacheCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _values = new(StringComparer.Ordinal);

    public ResponseCacheCounters(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ResponseCacheMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };

        // Counters report increments; observable instruments report their current total each time they are read.
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            _values.AddOrUpdate(instrument.Name, value, (_, total) => instrument.IsObservable ? value : total + value));
        _listener.Start();
        services.GetRequiredService<ResponseCache>();
    }

    public long Hits => Read("caredirectory.response_cache.hits");

    public long Misses => Read("caredirectory.response_cache.misses");

    public long NotModified => Read("caredirectory.response_cache.not_modified");

    public long Evictions => Read("caredirectory.response_cache.evictions");

    public long Bytes => Read("caredirectory.response_cache.bytes");

    public void Dispose() => _listener.Dispose();

    private long Read(string name)
    {
        _listener.RecordObservableInstruments();
        return _values.GetValueOrDefault(name);
    }
}

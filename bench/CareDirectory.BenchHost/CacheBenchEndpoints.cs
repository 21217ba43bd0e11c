using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CareDirectory.GraphQL.Caching;

namespace CareDirectory.Bench;

/// <summary>
/// bench/run's response-cache section (#21): the physical limit (Kestrel writing bytes it holds in memory, with no
/// GraphQL at all) that the cached county page is compared with, and the response cache's counters for hit rates.
/// </summary>
public static class CacheBenchEndpoints
{
    public static IServiceCollection AddCacheBench(this IServiceCollection services) =>
        services.AddSingleton<StaticPage>().AddSingleton<ResponseCacheCounts>();

    public static WebApplication MapCacheBenchEndpoints(this WebApplication app)
    {
        var bench = app.MapGroup("/bench");

        // PUT stores the bytes (the harness puts the GraphQL county page's own body); GET writes them back as they are.
        bench.MapPut("/static-page", async (HttpRequest request, StaticPage page) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            page.Body = body.ToArray();
            return Results.NoContent();
        });
        bench.MapGet("/static-page", (StaticPage page) => Results.Bytes(page.Body, "application/json; charset=utf-8"));
        bench.MapGet("/response-cache", (ResponseCacheCounts counts) => Results.Ok(counts.Read()));
        return app;
    }

    /// <summary>The bytes the static endpoint serves.</summary>
    public sealed class StaticPage
    {
        public byte[] Body { get; set; } = [];
    }

    /// <summary>The response cache's counters, read from its meter as an exporter would.</summary>
    public sealed class ResponseCacheCounts : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

        public ResponseCacheCounts()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ResponseCacheMetrics.MeterName && !instrument.IsObservable)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
            _listener.Start();
        }

        public IReadOnlyDictionary<string, long> Read() => _totals.ToDictionary(t => t.Key.Replace("caredirectory.response_cache.", "", StringComparison.Ordinal), t => t.Value);

        public void Dispose() => _listener.Dispose();
    }
}

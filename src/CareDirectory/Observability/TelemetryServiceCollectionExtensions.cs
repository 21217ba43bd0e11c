using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CareDirectory.Observability;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>GraphQL.NET's ActivitySource (the execution spans <c>UseTelemetry</c> emits).</summary>
    public const string GraphQLActivitySource = "GraphQL";

    /// <summary>The response cache's hit, miss and eviction counters (<c>ResponseCacheMetrics</c> in GraphQL/Caching).</summary>
    public const string ResponseCacheMeter = "CareDirectory.ResponseCache";

    /// <summary>
    /// OpenTelemetry traces (ASP.NET Core requests, GraphQL execution) and metrics (ASP.NET Core, Kestrel, .NET runtime, the response cache).
    /// Exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or <c>Telemetry:OtlpEndpoint</c>) is set,
    /// so a default run has no exporter and no overhead beyond the in-process listeners.
    /// </summary>
    public static IServiceCollection AddDirectoryTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Telemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("caredirectory"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource(GraphQLActivitySource)
                .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime", ResponseCacheMeter)
                .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
        return services;
    }
}

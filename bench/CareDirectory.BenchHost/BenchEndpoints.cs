using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareDirectory.Bench;

/// <summary>
/// Endpoints for bench/run only: they exist in the bench host, never in the product executable, so a deployed
/// directory cannot expose them. The plain county page is the baseline GraphQL is measured against; the SQL command count
/// lets the harness check that a county page costs a constant number of commands; the garbage collector's counts
/// let it report how much of a load's time went to pauses.
/// </summary>
public static class BenchEndpoints
{
    // Enum names as text, as GraphQL returns them, so both endpoints write comparable JSON.
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IServiceCollection AddBench(this IServiceCollection services)
    {
        services.AddSingleton<PlainCountyPageQuery>();
        return services.AddSqlCommandCounter();
    }

    /// <summary>Counts the SQL commands requests send through the application's contexts (the data layer adds every registered <see cref="IInterceptor"/>).</summary>
    public static IServiceCollection AddSqlCommandCounter(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddSingleton<SqlCommandCounter>().AddSingleton<IInterceptor>(sp => sp.GetRequiredService<SqlCommandCounter>());

    public static WebApplication MapBenchEndpoints(this WebApplication app)
    {
        var bench = app.MapGroup("/bench");
        bench.MapGet("/county-page/{state}/{slug}", async (string state, string slug, int? partners, PlainCountyPageQuery query, CancellationToken cancellationToken) =>
            await query.LoadAsync(state, slug, Math.Clamp(partners ?? 10, 1, 50), cancellationToken) is { } page ? Results.Json(page, _json) : Results.NotFound());
        bench.MapGet("/sql-commands", (SqlCommandCounter counter) => Results.Ok(new { count = counter.Count }));

        // The garbage collector's work so far, read before and after a load: how much of a latency tail is its pauses.
        bench.MapGet("/gc", () => Results.Ok(new
        {
            pauseMs = GC.GetTotalPauseDuration().TotalMilliseconds,
            gen0 = GC.CollectionCount(0),
            gen1 = GC.CollectionCount(1),
            gen2 = GC.CollectionCount(2),
            allocatedBytes = GC.GetTotalAllocatedBytes(),
            serverGC = System.Runtime.GCSettings.IsServerGC,
        }));
        return app;
    }
}

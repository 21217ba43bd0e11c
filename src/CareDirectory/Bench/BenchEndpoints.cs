using System.Text.Json;
using System.Text.Json.Serialization;
using CareDirectory.Data;

namespace CareDirectory.Bench;

/// <summary>
/// Endpoints for bench/run only, mapped when <c>Bench:Enabled=true</c>; off by default, so a deployed directory
/// never exposes them. The plain county page is the baseline GraphQL is measured against; the SQL command count
/// lets the harness check that a county page costs a constant number of commands.
/// </summary>
public static class BenchEndpoints
{
    public const string EnabledKey = "Bench:Enabled";

    // Enum names as text, as GraphQL returns them, so both endpoints write comparable JSON.
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IServiceCollection AddBench(this IServiceCollection services, IConfiguration configuration) =>
        configuration.GetValue<bool>(EnabledKey) ? services.AddSingleton<PlainCountyPageQuery>() : services;

    public static WebApplication MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(EnabledKey))
        {
            return app;
        }

        var bench = app.MapGroup("/bench");
        bench.MapGet("/county-page/{state}/{slug}", async (string state, string slug, int? partners, PlainCountyPageQuery query, CancellationToken cancellationToken) =>
            await query.LoadAsync(state, slug, Math.Clamp(partners ?? 10, 1, 50), cancellationToken) is { } page ? Results.Json(page, _json) : Results.NotFound());
        bench.MapGet("/sql-commands", (SqlCommandCounter counter) => Results.Ok(new { count = counter.Count }));
        return app;
    }
}

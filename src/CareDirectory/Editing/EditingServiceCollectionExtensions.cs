using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareDirectory.Editing;

public static class EditingServiceCollectionExtensions
{
    /// <summary>API keys, editor writes with their audit trail, and the per-key and per-address rate limits.</summary>
    public static IServiceCollection AddEditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.ReplenishmentPeriod > TimeSpan.Zero && o.ReadCostPerPeriod <= o.ReadCostLimit && o.WritesPerPeriod <= o.WriteLimit,
                "RateLimits: the period must be positive and each refill at most its bucket's size.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyRegistry>();
        services.AddSingleton<RecordEdits>();
        services.AddSingleton<EditorRateLimiter>();
        return services;
    }
}

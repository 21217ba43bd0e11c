namespace CareDirectory.GraphQL.Caching;

public static class ResponseCacheServiceCollectionExtensions
{
    /// <summary>
    /// The response cache of <c>/graphql</c> (<c>GraphQL:ResponseCache</c> settings, on by default). It takes its data
    /// version from the process's one change-log follower, which the host registers.
    /// </summary>
    public static IServiceCollection AddResponseCache(this IServiceCollection services)
    {
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<ResponseCache>();
        return services;
    }
}

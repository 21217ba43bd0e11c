namespace CareDirectory.GraphQL.Subscriptions;

public static class SubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions over WebSocket and Server-Sent Events (<c>Subscriptions</c> settings, validated at start-up).
    /// Their events come from the change hub that <c>AddChangeLogFollower</c> registers.
    /// </summary>
    public static IServiceCollection AddGraphQLSubscriptions(this IServiceCollection services)
    {
        services.AddOptions<SubscriptionOptions>().BindConfiguration(SubscriptionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OpenSubscriptionLimiter>();
        services.AddSingleton<LiveOperationRunner>();
        services.AddSingleton<GraphQLWebSocketTransport>();
        services.AddSingleton<GraphQLServerSentEventsTransport>();
        return services;
    }
}

using CareDirectory.GraphQL.Caching;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.Editing;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Http;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.Subscriptions;
using GraphQL;

namespace CareDirectory.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The directory schema, its per-request loaders and the HTTP transport.</summary>
    public static IServiceCollection AddDirectoryGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiLimitsOptions>().BindConfiguration(ApiLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RequestLoaders>();

        // Editors' API keys and rate limits reach GraphQL requests here; the keys themselves belong to Editing.
        services.AddScoped<IGraphQLRequestEnricher, ApiKeyRequestEnricher>();
        services.AddSingleton<ICachedAnswerGate, CachedReadRateLimit>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<DirectorySchema>()
            .AddGraphTypes(typeof(DirectorySchema).Assembly)
            .AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .UseTelemetry());

        // Generic graph types are closed per node type when the schema is built.
        services.AddTransient(typeof(ConnectionType<>));
        services.AddTransient(typeof(EdgeType<>));
        services.AddTransient(typeof(EnumOperationFilterInputType<>));
        services.AddTransient(typeof(ListFilterInputType<>));
        services.AddResponseCache();
        services.AddCareDirectoryGraphQLTransport(configuration);
        services.AddGraphQLSubscriptions();
        return services;
    }
}

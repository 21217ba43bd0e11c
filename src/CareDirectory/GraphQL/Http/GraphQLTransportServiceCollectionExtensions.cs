using CareDirectory.GraphQL.Execution;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Http;

public static class GraphQLTransportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>/graphql</c> transport (map it with <c>MapGraphQLEndpoint</c>). It executes whatever
    /// <see cref="global::GraphQL.Types.ISchema"/> is registered; a <see cref="DocumentExecuter"/> is added
    /// only if none is. Options come from the <c>GraphQL</c> section and are validated at start-up.
    /// </summary>
    public static IServiceCollection AddCareDirectoryGraphQLTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLTransportOptions>()
            .Configure<IHostEnvironment>((options, environment) => options.ExposeExceptionDetails = environment.IsDevelopment())
            .Bind(configuration.GetSection(GraphQLTransportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value;
            var environment = provider.GetRequiredService<IHostEnvironment>();
            return new PersistedDocumentStore(Path.Combine(environment.ContentRootPath, options.PersistedDocumentsPath));
        });
        services.TryAddSingleton<IPersistedDocumentStore>(provider => provider.GetRequiredService<PersistedDocumentStore>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value;
            return new ValidatedDocumentCache(options.DocumentCacheEntries, options.DocumentCacheCharacters);
        });
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value;
            return new AutomaticPersistedQueries(options.AutomaticPersistedQueryEntries, options.AutomaticPersistedQueryCharacters);
        });
        services.TryAddSingleton<GraphQLOperationRunner>();
        services.TryAddSingleton<GraphiQLPage>();
        services.TryAddSingleton<GraphQLHttpEndpoint>();
        return services;
    }
}

using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint (GET and POST) at <paramref name="pattern"/> and, when GraphiQL is enabled,
    /// its vendored assets under <c>{pattern}/graphiql/</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var services = endpoints.ServiceProvider;
        if (services.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value.EnableGraphiQL)
        {
            endpoints.MapGet($"{pattern.TrimEnd('/')}/{GraphiQLAssets.Folder}/{{file}}", GraphiQLAssets.Serve)
                .ExcludeFromDescription();
        }

        var endpoint = services.GetRequiredService<GraphQLHttpEndpoint>();
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], endpoint.HandleAsync)
            .WithDisplayName("GraphQL");
    }
}

using CareDirectory.GraphQL.Subscriptions;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint (GET and POST, WebSocket and Server-Sent Events subscriptions) at <paramref name="pattern"/> and, when GraphiQL is enabled,
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

        // One URL for every transport, as graphql-ws and graphql-sse clients expect: a WebSocket upgrade, an
        // event stream (Accept: text/event-stream), or plain GraphQL over HTTP. The streaming transports are there
        // when AddGraphQLSubscriptions registered them.
        var endpoint = services.GetRequiredService<GraphQLHttpEndpoint>();
        var webSockets = services.GetService<GraphQLWebSocketTransport>();
        var eventStreams = services.GetService<GraphQLServerSentEventsTransport>();
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], context =>
                webSockets is not null && context.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(context)
                : eventStreams is not null && GraphQLServerSentEventsTransport.Accepts(context.Request) ? eventStreams.HandleAsync(context)
                : endpoint.HandleAsync(context))
            .WithDisplayName("GraphQL");
    }
}

using CareDirectory.Editing;
using CareDirectory.GraphQL.Http;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>
/// WebSocket upgrades of <c>/graphql</c>: refuses browser pages of other origins (403, the CSRF rule's counterpart:
/// a WebSocket is not subject to CORS), accepts the graphql-transport-ws subprotocol (any other is closed with 4406)
/// and runs a <see cref="GraphQLWebSocketConnection"/> until it closes or the server stops.
/// </summary>
internal sealed class GraphQLWebSocketTransport(
    IOptions<SubscriptionOptions> options,
    IOptions<GraphQLTransportOptions> transport,
    ApiKeyRegistry keys,
    LiveOperationRunner operations,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketTransport> logger)
{
    public SubscriptionOptions Options => options.Value;

    public GraphQLTransportOptions Transport => transport.Value;

    public ApiKeyRegistry Keys => keys;

    public LiveOperationRunner Operations => operations;

    public ILogger Logger => logger;

    public IGraphQLTextSerializer Serializer { get; } = GraphQLResponseSerializer.Create(transport.Value);

    public GraphQLHttpRequestReader Reader => field ??= new GraphQLHttpRequestReader(Serializer);

    public async Task HandleAsync(HttpContext context)
    {
        if (!BrowserOrigins.Allowed(context.Request, Options.AllowedOrigins))
        {
            await BrowserOrigins.RefuseAsync(context, Serializer);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketConnection.Protocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable: use graphql-transport-ws", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLWebSocketConnection.Protocol);
        using var connection = new GraphQLWebSocketConnection(context, socket, this);
        await connection.RunAsync(lifetime.ApplicationStopping);
    }
}

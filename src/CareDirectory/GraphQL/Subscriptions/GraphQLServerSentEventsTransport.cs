using System.Threading.Channels;
using CareDirectory.GraphQL.Execution;
using CareDirectory.GraphQL.Http;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events in "distinct connections" mode (https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md):
/// a request with <c>Accept: text/event-stream</c> (POST with a JSON body, or GET with a query string) runs one
/// operation and streams its results as <c>next</c> events, ending with <c>complete</c>. Documents that fail
/// validation answer in the stream as the protocol asks; a request that is not one (bad JSON, a batch) is a 4xx
/// JSON response. The same limits as HTTP apply, plus the stream's lifetime and the slow-reader bound.
/// </summary>
internal sealed class GraphQLServerSentEventsTransport(
    IOptions<SubscriptionOptions> options,
    IOptions<GraphQLTransportOptions> transport,
    LiveOperationRunner operations,
    IHostApplicationLifetime lifetime)
{
    private readonly IGraphQLTextSerializer _serializer = GraphQLResponseSerializer.Create(transport.Value);

    public static bool Accepts(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) || HttpMethods.IsGet(request.Method)) && GraphQLMediaTypes.NamesEventStream(request.GetTypedHeaders().Accept);

    public async Task HandleAsync(HttpContext context)
    {
        GraphQLHttpRequest request;
        try
        {
            request = await ReadAsync(context.Request);
        }
        catch (GraphQLRequestRejectedException rejected)
        {
            context.Response.StatusCode = rejected.StatusCode;
            context.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
            await _serializer.WriteAsync(context.Response.Body, GraphQLOperationRunner.ErrorResult(rejected.Code, rejected.Message), context.RequestAborted);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.StartAsync(context.RequestAborted);

        var limits = options.Value;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        stop.CancelAfter(limits.MaxLifetime);
        var events = Channel.CreateBounded<string>(new BoundedChannelOptions(limits.MaxWaitingMessages) { SingleReader = true });
        var sink = new Sink(events.Writer, _serializer, limits.MaxWaitingMessages);
        var writing = WriteAsync(context.Response, events.Reader, context.RequestAborted);
        try
        {
            await operations.RunAsync(context, request, sink, operation => AdmitOverGet(operation, context.Request), stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client left, the lifetime ended or the server is stopping: the stream simply ends (clients reconnect with since:).
        }

        events.Writer.TryComplete();
        await writing;
    }

    /// <summary>As over plain HTTP, a GET never runs a mutation: a link or an EventSource on another site could send it.</summary>
    private static void AdmitOverGet(GraphQLOperationDefinition operation, HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) && operation.Operation == OperationType.Mutation)
        {
            throw new GraphQLRequestRejectedException(
                StatusCodes.Status405MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed, "GET requests may not run mutations; send the mutation with POST.");
        }
    }

    private async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request)
    {
        var reader = new GraphQLHttpRequestReader(_serializer);
        if (HttpMethods.IsGet(request.Method))
        {
            return reader.ReadQueryString(request.Query);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            // Only JSON: a cross-site form cannot send it without a CORS preflight (the CSRF rule of plain HTTP).
            throw new GraphQLRequestRejectedException(
                StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType, $"Send the request body as {GraphQLMediaTypes.Json}.");
        }

        var (requests, isBatch) = await reader.ReadBodyAsync(request, transport.Value, request.HttpContext.RequestAborted);
        return isBatch
            ? throw new GraphQLRequestRejectedException(StatusCodes.Status400BadRequest, GraphQLErrorCodes.InvalidRequest, "An event stream carries one operation; send batches as application/json.")
            : requests[0];
    }

    private static async Task WriteAsync(HttpResponse response, ChannelReader<string> events, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var text in events.ReadAllAsync(cancellationToken))
            {
                await response.WriteAsync(text, cancellationToken);
                if (events.Count == 0)
                {
                    await response.Body.FlushAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    /// <summary>Results as <c>next</c> events (errors before execution too, as the protocol asks), then <c>complete</c>.</summary>
    private sealed class Sink(ChannelWriter<string> events, IGraphQLTextSerializer serializer, int bound) : ILiveResultSink
    {
        public bool Next(ExecutionResult result)
        {
            if (events.TryWrite($"event: next\ndata: {serializer.Serialize(result)}\n\n"))
            {
                return true;
            }

            TooSlow($"more than {bound} events were waiting");
            return false;
        }

        public void Error(ExecutionResult result) => Next(result);

        public void Complete() => events.TryWrite("event: complete\ndata:\n\n");

        /// <summary>Says why (when there is room) and ends the stream without <c>complete</c>: the client reconnects with <c>since:</c>.</summary>
        public void TooSlow(string message)
        {
            events.TryWrite($"event: next\ndata: {serializer.Serialize(GraphQLOperationRunner.ErrorResult(SubscriptionErrors.SubscriberTooSlow, message))}\n\n");
            events.TryComplete();
        }
    }
}

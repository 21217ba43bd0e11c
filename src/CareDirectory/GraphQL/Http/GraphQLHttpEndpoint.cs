using System.Diagnostics;
using CareDirectory.GraphQL.Caching;
using CareDirectory.GraphQL.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareDirectory.GraphQL.Http;

/// <summary>
/// The <c>/graphql</c> endpoint: GraphQL over HTTP (POST JSON, batches, GET for queries), CSRF protection,
/// persisted documents, limits, timeout and the GraphiQL page. Uses whatever <see cref="ISchema"/> is registered.
/// </summary>
internal sealed class GraphQLHttpEndpoint
{
    private static readonly string[] _simpleContentTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

    private readonly GraphQLTransportOptions _options;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly GraphQLHttpRequestReader _reader;
    private readonly GraphQLOperationRunner _runner;
    private readonly GraphiQLPage _graphiQL;
    private readonly ILogger<GraphQLHttpEndpoint> _logger;
    private readonly ResponseCache? _responseCache;

    // The schema never changes while the process runs: print it once, on the first ?sdl.
    private string? _sdl;

    public GraphQLHttpEndpoint(
        IOptions<GraphQLTransportOptions> options,
        GraphQLOperationRunner runner,
        GraphiQLPage graphiQL,
        ILogger<GraphQLHttpEndpoint> logger,
        ResponseCache? responseCache = null)
    {
        _options = options.Value;
        _serializer = GraphQLResponseSerializer.Create(_options);
        _reader = new GraphQLHttpRequestReader(_serializer);
        _runner = runner;
        _graphiQL = graphiQL;
        _logger = logger;
        _responseCache = responseCache;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accept = request.GetTypedHeaders().Accept;
        var isGet = HttpMethods.IsGet(request.Method);

        // The same URL answers with GraphiQL, graphql-response+json or json depending on Accept: caches must know.
        context.Response.Headers.Vary = HeaderNames.Accept;

        // HotChocolate's convention: GET ?sdl answers with the schema file's text. It is what introspection already
        // tells anyone, and no operation runs, so the CSRF rule has nothing to protect.
        if (isGet && request.Query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(context);
            return;
        }

        // A browser navigating here asks for HTML; an API client naming a GraphQL JSON type gets JSON even if it also accepts HTML.
        if (isGet && _options.EnableGraphiQL && GraphQLMediaTypes.AcceptsHtml(accept) && !GraphQLMediaTypes.NamesGraphQLMediaType(accept))
        {
            await _graphiQL.WriteAsync(context);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(accept);
        try
        {
            if (mediaType is null)
            {
                throw new GraphQLRequestRejectedException(
                    StatusCodes.Status406NotAcceptable,
                    GraphQLErrorCodes.NotAcceptable,
                    $"Responses are {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}; the Accept header allows neither.");
            }

            if (isGet)
            {
                RequireCsrfSafeGet(request, accept);
                await AnswerAsync(context, _reader.ReadQueryString(request.Query), mediaType, isGet: true);
                return;
            }

            RequireJsonBody(request);
            var (operations, isBatch) = await _reader.ReadBodyAsync(request, _options, context.RequestAborted);
            if (!isBatch)
            {
                await AnswerAsync(context, operations[0], mediaType, isGet: false);
                return;
            }

            // One after the other: a batch must not multiply the load one request can put on the server.
            var results = new List<ExecutionResult>(operations.Count);
            foreach (var operation in operations)
            {
                results.Add(await ExecuteAsync(context, operation, isGet: false));
            }

            await WriteAsync(context, mediaType, StatusCodes.Status200OK, results);
        }
        catch (GraphQLRequestRejectedException rejected)
        {
            foreach (var (name, value) in rejected.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await WriteAsync(context, mediaType ?? GraphQLMediaTypes.Json, rejected.StatusCode, ErrorResult(rejected.Code, rejected.Message));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
    }

    /// <summary>One operation (not a batch): through the response cache and HTTP caching when the application has them.</summary>
    private async Task AnswerAsync(HttpContext context, GraphQLHttpRequest request, string mediaType, bool isGet)
    {
        if (_responseCache is null)
        {
            var result = await ExecuteAsync(context, request, isGet);
            await WriteAsync(context, mediaType, StatusFor(result, mediaType), result);
            return;
        }

        var lookup = ResponseCacheLookup.Start(_responseCache, context, request, mediaType, isGet, _serializer);
        if (!await lookup.TryAnswerAsync(context))
        {
            var result = await ExecuteAsync(context, request, isGet);
            await lookup.WriteAsync(context, StatusFor(result, mediaType), result);
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, bool isGet)
    {
        var started = Stopwatch.GetTimestamp();
        var executionOptions = new ExecutionOptions { OperationName = request.OperationName };
        var result = await RunAsync(context, request, isGet, executionOptions);
        foreach (var (name, value) in result.Errors?.OfType<IHttpStatusError>().FirstOrDefault()?.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        var cost = executionOptions.UserContext.TryGetValue(OperationCost.UserContextKey, out var measured) ? measured as OperationCost : null;
        result.Extensions ??= [];
        result.Extensions["cost"] = new Dictionary<string, object?> { ["requested"] = cost?.Requested ?? 0, ["limit"] = _options.MaxCost };

        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation(
                "GraphQL operation {OperationName} finished in {DurationMs:F1} ms with {ErrorCount} errors (cost {Cost}, executed {Executed})",
                executionOptions.OperationName ?? "(anonymous)",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                result.Errors?.Count ?? 0,
                cost?.Requested ?? 0,
                result.Executed);
        }

        return result;
    }

    private Task<ExecutionResult> RunAsync(HttpContext context, GraphQLHttpRequest request, bool isGet, ExecutionOptions executionOptions) =>
        _runner.RunAsync(context, request, executionOptions, operation => AdmitOverHttp(operation, isGet), context.RequestAborted);

    /// <summary>GET runs queries only; subscriptions stream their events, which a plain HTTP response cannot carry.</summary>
    private static void AdmitOverHttp(GraphQLOperationDefinition operation, bool isGet)
    {
        if (isGet && operation.Operation != OperationType.Query)
        {
            throw new GraphQLRequestRejectedException(
                StatusCodes.Status405MethodNotAllowed,
                GraphQLErrorCodes.MethodNotAllowed,
                $"GET requests may only run queries; send a {operation.Operation.ToString().ToLowerInvariant()} with POST.")
            {
                Headers = new Dictionary<string, string> { [HeaderNames.Allow] = HttpMethods.Post },
            };
        }

        if (operation.Operation == OperationType.Subscription)
        {
            throw new GraphQLRequestRejectedException(
                StatusCodes.Status406NotAcceptable,
                GraphQLErrorCodes.NotAcceptable,
                $"A subscription streams its events: send 'Accept: {GraphQLMediaTypes.EventStream}' (GraphQL over Server-Sent Events) or connect a WebSocket with the graphql-transport-ws protocol.");
        }
    }

    /// <summary>
    /// Links, images and forms make browsers send GETs that never name a GraphQL JSON media type in Accept, and a
    /// custom header always costs a CORS preflight; API clients do one or the other. (A cross-site script may set
    /// Accept without a preflight, which is tolerable only because GET runs queries, never mutations, and the
    /// response stays unreadable to it without CORS.)
    /// </summary>
    private static void RequireCsrfSafeGet(HttpRequest request, IList<MediaTypeHeaderValue> accept)
    {
        if (!HasPreflightHeader(request) && !GraphQLMediaTypes.NamesGraphQLMediaType(accept))
        {
            throw new GraphQLRequestRejectedException(
                StatusCodes.Status400BadRequest,
                GraphQLErrorCodes.PreflightRequired,
                "This GET request was blocked as a possible cross-site request forgery. Send a 'GraphQL-Preflight: 1' header, or an Accept header naming application/graphql-response+json or application/json.");
        }
    }

    /// <summary>
    /// Bodies must be UTF-8 JSON. A "simple" content type (one a cross-site form can send without a CORS
    /// preflight) without a preflight header is refused as a CSRF risk; anything else that is not JSON is 415.
    /// </summary>
    private static void RequireJsonBody(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            && parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            // RFC 9110: a parameter value may be quoted and is compared without case (charset="UTF-8" is utf-8).
            if (parsed.Charset.HasValue && !HeaderUtilities.RemoveQuotes(parsed.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                throw new GraphQLRequestRejectedException(
                    StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType, "Request bodies must be UTF-8 encoded JSON.");
            }

            return;
        }

        var isSimple = parsed is null || _simpleContentTypes.Any(simple => parsed.MediaType.Equals(simple, StringComparison.OrdinalIgnoreCase));
        if (isSimple && !HasPreflightHeader(request))
        {
            throw new GraphQLRequestRejectedException(
                StatusCodes.Status400BadRequest,
                GraphQLErrorCodes.PreflightRequired,
                $"This POST request was blocked as a possible cross-site request forgery. Send the body as {GraphQLMediaTypes.Json}.");
        }

        throw new GraphQLRequestRejectedException(
            StatusCodes.Status415UnsupportedMediaType,
            GraphQLErrorCodes.UnsupportedMediaType,
            $"Send the request body as {GraphQLMediaTypes.Json} (got '{contentType ?? "no content type"}').");
    }

    private static bool HasPreflightHeader(HttpRequest request) =>
        !string.IsNullOrEmpty(request.Headers["GraphQL-Preflight"]) || !string.IsNullOrEmpty(request.Headers["Apollo-Require-Preflight"]);

    /// <summary>
    /// An <see cref="IHttpStatusError"/> (rate limiting) sets the status for every media type. Otherwise legacy
    /// application/json clients get 200 for every GraphQL response. Under application/graphql-response+json
    /// a response without data is 4xx/5xx: 400 for documents that do not parse or fail validation or a limit and
    /// for variables that cannot be coerced (the spec's "request error", which the graphql-http audit checks),
    /// 504 for a timeout, 500 when the server failed before executing.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.OfType<IHttpStatusError>().FirstOrDefault() is { } statusError)
        {
            return statusError.StatusCode;
        }

        if (mediaType != GraphQLMediaTypes.GraphQLResponse || result.Executed || result.Errors?.FirstOrDefault() is not { } error)
        {
            return StatusCodes.Status200OK;
        }

        return error switch
        {
            TimeoutError => StatusCodes.Status504GatewayTimeout,
            UnhandledError => StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status400BadRequest,
        };
    }

    private async Task WriteSdlAsync(HttpContext context)
    {
        _sdl ??= SchemaDocument.Print(context.RequestServices.GetRequiredService<ISchema>());
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.Sdl + "; charset=utf-8";
        await context.Response.WriteAsync(_sdl, context.RequestAborted);
    }

    private static ExecutionResult ErrorResult(string code, string message) => GraphQLOperationRunner.ErrorResult(code, message);

    private async Task WriteAsync<T>(HttpContext context, string mediaType, int statusCode, T payload)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await _serializer.WriteAsync(context.Response.Body, payload, context.RequestAborted);
    }
}

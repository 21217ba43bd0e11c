using System.Diagnostics;
using System.Text.Encodings.Web;
using CareDirectory.Data;
using CareDirectory.GraphQL.Execution;
using CareDirectory.GraphQL.Caching;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
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
    private readonly IPersistedDocumentStore _documents;
    private readonly GraphiQLPage _graphiQL;
    private readonly ILogger<GraphQLHttpEndpoint> _logger;
    private readonly ValidatedDocumentCache _validatedDocuments;
    private readonly AutomaticPersistedQueries _automaticPersistedQueries;
    private readonly ResponseCache? _responseCache;

    // A new document runs every rule; a cached one has passed the spec rules, which depend on its text alone, and
    // runs only those that depend on the request: argument validators and the limits (variables can set page sizes).
    private readonly IValidationRule[] _newDocumentRules;
    private readonly IValidationRule[] _cachedDocumentRules;

    // The schema never changes while the process runs: print it once, on the first ?sdl.
    private string? _sdl;

    public GraphQLHttpEndpoint(
        IOptions<GraphQLTransportOptions> options,
        IPersistedDocumentStore documents,
        ValidatedDocumentCache validatedDocuments,
        AutomaticPersistedQueries automaticPersistedQueries,
        GraphiQLPage graphiQL,
        ILogger<GraphQLHttpEndpoint> logger,
        ResponseCache? responseCache = null)
    {
        _options = options.Value;
        // Relaxed escaping keeps messages readable ("'" not "\u0027"); responses are JSON, never embedded in HTML.
        _serializer = new GraphQLSerializer(
            serializerOptions => serializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            new MaskingErrorInfoProvider(_options.ExposeExceptionDetails));
        _reader = new GraphQLHttpRequestReader(_serializer);
        _documents = documents;
        _validatedDocuments = validatedDocuments;
        _automaticPersistedQueries = automaticPersistedQueries;
        _graphiQL = graphiQL;
        _logger = logger;
        _responseCache = responseCache;
        var limits = new OperationLimitsValidationRule(new OperationLimits
        {
            MaxDepth = _options.MaxDepth,
            MaxCost = _options.MaxCost,
            MaxAliases = _options.MaxAliases,
            MaxFragmentSpreads = _options.MaxFragmentSpreads,
            DefaultListSize = _options.DefaultListSize,
        });
        _newDocumentRules = [.. DocumentValidator.CoreRules, limits];
        _cachedDocumentRules = [FieldArgumentsAreValidRule.Instance, limits];
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
        if (_responseCache is not null && result.Operation?.Operation == OperationType.Mutation)
        {
            // Before the writer hears back: its next read must not be answered from before its write.
            await _responseCache.WriteCommittedAsync(context.RequestAborted);
        }

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

    private async Task<ExecutionResult> RunAsync(HttpContext context, GraphQLHttpRequest request, bool isGet, ExecutionOptions executionOptions)
    {
        var cancellationToken = context.RequestAborted;
        var (text, refused) = await DocumentTextAsync(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var cached = _validatedDocuments.Find(text);
        if (cached is null && DocumentTokens.Exceed(text, _options.MaxDocumentTokens))
        {
            // Persisted documents are counted too: the store may hold text nobody reviewed for size.
            return ErrorResult(GraphQLErrorCodes.MaxTokensExceeded, $"The document has more than {_options.MaxDocumentTokens} tokens; split it into smaller operations.");
        }

        GraphQLDocument document;
        try
        {
            document = cached ?? Parser.Parse(text);
        }
        catch (GraphQLSyntaxErrorException exception)
        {
            return new ExecutionResult(new SyntaxError(exception));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return ErrorResult(GraphQLErrorCodes.ParseFailed, "The document is nested too deeply to parse.");
        }

        if (cached is null && RepeatedResponseNames.FirstOver(document, _options.MaxRepeatedResponseName) is { } repeated)
        {
            return ErrorResult(
                GraphQLErrorCodes.MaxRepeatedFieldsExceeded,
                $"A selection set asks for '{repeated}' more than {_options.MaxRepeatedResponseName} times; ask for it once.");
        }

        var operation = SelectOperation(document, request.OperationName);
        executionOptions.OperationName ??= operation?.Name?.StringValue;
        if (isGet && operation is { Operation: not OperationType.Query })
        {
            throw new GraphQLRequestRejectedException(
                StatusCodes.Status405MethodNotAllowed,
                GraphQLErrorCodes.MethodNotAllowed,
                $"GET requests may only run queries; send a {operation.Operation.ToString().ToLowerInvariant()} with POST.")
            {
                Headers = new Dictionary<string, string> { [HeaderNames.Allow] = HttpMethods.Post },
            };
        }

        var services = context.RequestServices;
        executionOptions.Schema = services.GetRequiredService<ISchema>();
        executionOptions.Query = text;
        executionOptions.Document = document;
        executionOptions.Variables = request.Variables;
        executionOptions.Extensions = request.Extensions;
        executionOptions.RequestServices = services;
        executionOptions.User = context.User;
        executionOptions.CancellationToken = cancellationToken;
        executionOptions.Timeout = _options.Timeout;
        executionOptions.ValidationRules = cached is null ? _newDocumentRules : _cachedDocumentRules;
        executionOptions.UnhandledExceptionDelegate = unhandled =>
        {
            if (DatabaseErrors.IsReadOnly(unhandled.OriginalException))
            {
                // Not our fault and not the client's: a write met a standby. Every write path ends here, so one rule covers them.
                unhandled.Exception = DirectoryErrors.Error(DirectoryErrors.ReadOnly, DatabaseErrors.ReadOnlyExplanation);
                _logger.LogWarning("GraphQL operation {OperationName} tried to write to a read-only database server", executionOptions.OperationName ?? "(anonymous)");
                return Task.CompletedTask;
            }

            // Clients see a masked INTERNAL_ERROR outside Development; the log keeps the whole story.
            _logger.LogError(unhandled.OriginalException, "GraphQL operation {OperationName} threw", executionOptions.OperationName ?? "(anonymous)");
            return Task.CompletedTask;
        };

        foreach (var enricher in services.GetServices<IGraphQLRequestEnricher>())
        {
            await enricher.EnrichAsync(context, executionOptions, cancellationToken);
        }

        var result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(executionOptions);
        if (cached is null && result.Executed)
        {
            // Executed means every validation rule passed, the spec rules included.
            _validatedDocuments.Add(text, document);
        }

        if (request is { PersistedQueryId: { } registered, Query: not null } && result.Executed)
        {
            // Apollo's registration: the hash matched the text, and only a document that passed validation is kept.
            _automaticPersistedQueries.Register(registered, text);
        }

        return result;
    }

    /// <summary>
    /// The text to run: the query, a trusted persisted document (<c>documentId</c>/<c>id</c>), or Apollo's Automatic
    /// Persisted Queries (<c>extensions.persistedQuery</c>: the hash alone finds a trusted or registered document;
    /// with the query, the hash must match it). Otherwise the coded refusal.
    /// </summary>
    private async Task<(string Text, ExecutionResult? Refused)> DocumentTextAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        if (request.DocumentId is { } documentId)
        {
            return await _documents.FindAsync(documentId, cancellationToken) is { } found
                ? (found, null)
                : ("", ErrorResult(GraphQLErrorCodes.PersistedDocumentNotFound, $"No persisted document has the id '{documentId}'."));
        }

        if (request is { PersistedQueryId: { } hashOnly, Query: null })
        {
            // Apollo clients retry with the query on this code (Apollo Kotlin and iOS look for this exact message).
            return (await _documents.FindAsync(hashOnly, cancellationToken) ?? (_options.PersistedDocumentsOnly ? null : _automaticPersistedQueries.Find(hashOnly))) is { } found
                ? (found, null)
                : ("", ErrorResult(GraphQLErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound"));
        }

        if (_options.PersistedDocumentsOnly)
        {
            return ("", ErrorResult(
                GraphQLErrorCodes.PersistedDocumentRequired,
                request.PersistedQueryId is null
                    ? "This server runs persisted documents only: send 'documentId' instead of 'query'."
                    : "This server runs persisted documents only: Automatic Persisted Queries cannot register documents here."));
        }

        if (request.PersistedQueryId is { } registering && PersistedDocumentStore.IdOf(request.Query!) != registering)
        {
            return ("", ErrorResult(GraphQLErrorCodes.PersistedQueryHashMismatch, $"'extensions.persistedQuery.sha256Hash' is not the SHA-256 of the query's UTF-8 text (that is '{PersistedDocumentStore.IdOf(request.Query!)[PersistedDocumentStore.Prefix.Length..]}')."));
        }

        return (request.Query!, null);
    }

    /// <summary>The operation that will run, or null when the executer has to report an ambiguous or unknown name.</summary>
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(operation => operation.Name?.StringValue == operationName);
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

    private static ExecutionResult ErrorResult(string code, string message) => new(new ExecutionError(message) { Code = code });

    private async Task WriteAsync<T>(HttpContext context, string mediaType, int statusCode, T payload)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await _serializer.WriteAsync(context.Response.Body, payload, context.RequestAborted);
    }
}

using CareDirectory.Data;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Http;

/// <summary>
/// Runs one GraphQL operation the same way whatever carries it (HTTP GET/POST, a WebSocket, Server-Sent Events):
/// trusted and automatic persisted documents, the validated-document cache, token, repeated-field, depth, cost and
/// alias limits, the request enrichers (API key, rate limits), the timeout and the masking of unexpected errors.
/// </summary>
internal sealed class GraphQLOperationRunner
{
    private readonly GraphQLTransportOptions _options;
    private readonly IPersistedDocumentStore _documents;
    private readonly ValidatedDocumentCache _validatedDocuments;
    private readonly AutomaticPersistedQueries _automaticPersistedQueries;
    private readonly ILogger<GraphQLOperationRunner> _logger;

    // A new document runs every rule; a cached one has passed the spec rules, which depend on its text alone, and
    // runs only those that depend on the request: argument validators and the limits (variables can set page sizes).
    private readonly IValidationRule[] _newDocumentRules;
    private readonly IValidationRule[] _cachedDocumentRules;

    public GraphQLOperationRunner(
        IOptions<GraphQLTransportOptions> options,
        IPersistedDocumentStore documents,
        ValidatedDocumentCache validatedDocuments,
        AutomaticPersistedQueries automaticPersistedQueries,
        ILogger<GraphQLOperationRunner> logger)
    {
        _options = options.Value;
        _documents = documents;
        _validatedDocuments = validatedDocuments;
        _automaticPersistedQueries = automaticPersistedQueries;
        _logger = logger;
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

    /// <summary>
    /// Runs <paramref name="request"/> for the caller of <paramref name="context"/>. <paramref name="admit"/> sees the
    /// operation type once the document is parsed and may throw a <see cref="GraphQLRequestRejectedException"/> (GET
    /// runs queries only; plain HTTP runs no subscriptions). A subscription's result carries its event streams.
    /// </summary>
    public async Task<ExecutionResult> RunAsync(
        HttpContext context,
        GraphQLHttpRequest request,
        ExecutionOptions executionOptions,
        Action<GraphQLOperationDefinition> admit,
        CancellationToken cancellationToken)
    {
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
        if (operation is not null)
        {
            admit(operation);
        }

        var services = context.RequestServices;
        executionOptions.Schema = services.GetRequiredService<ISchema>();
        executionOptions.Query = text;
        executionOptions.Document = document;
        executionOptions.Variables = request.Variables;
        executionOptions.Extensions = request.Extensions;
        executionOptions.RequestServices = services;
        // Resolvers find the request's batch loaders here without a scoped lookup each (a transport-only host has none).
        services.GetService<RequestLoaders>()?.AttachTo(executionOptions.UserContext);
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

            if (unhandled.OriginalException is ExecutionError)
            {
                // A coded end of an event stream (a subscriber that fell behind) reaches here too: it is no fault of ours.
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

    public static ExecutionResult ErrorResult(string code, string message) => new(new ExecutionError(message) { Code = code });

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
}

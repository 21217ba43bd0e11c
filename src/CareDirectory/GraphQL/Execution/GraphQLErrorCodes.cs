namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// The values of <c>extensions.code</c> the transport and the execution plumbing put on errors.
/// Integrators branch on these, so they are part of the API contract (documented in the README).
/// </summary>
public static class GraphQLErrorCodes
{
    // Rejected before any GraphQL work: the HTTP request itself is wrong.
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string QueryMissing = "QUERY_MISSING";
    public const string BatchEmpty = "BATCH_EMPTY";
    public const string BatchSizeExceeded = "BATCH_SIZE_EXCEEDED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";

    /// <summary>A browser page of another origin tried to open a WebSocket (403).</summary>
    public const string ForbiddenOrigin = "FORBIDDEN_ORIGIN";

    // The document could not be used.
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string InvalidVariables = "INVALID_VARIABLES";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    // Limits that protect the server.
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxRepeatedFieldsExceeded = "MAX_REPEATED_FIELDS_EXCEEDED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxFragmentSpreadsExceeded = "MAX_FRAGMENT_SPREADS_EXCEEDED";
    public const string Timeout = "TIMEOUT";

    // Execution.
    public const string InternalError = "INTERNAL_ERROR";
    public const string ExecutionError = "EXECUTION_ERROR";
}

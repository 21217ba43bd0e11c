using CareDirectory.Editing;
using CareDirectory.GraphQL.Http;
using GraphQL;

namespace CareDirectory.GraphQL.Editing;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> key (a WebSocket's from its <c>connection_init</c>) (reads need none, so a bad key fails only the fields that need one)
/// and adds the rate-limit rule for this caller to the operation's validation.
/// </summary>
internal sealed class ApiKeyRequestEnricher(ApiKeyRegistry keys, EditorRateLimiter limiter) : IGraphQLRequestEnricher
{
    private const string Bearer = "Bearer ";

    /// <summary>The rate limiter's name for the client address of a request.</summary>
    public static string AddressCaller(HttpContext httpContext) => EditorRateLimiter.AddressPrefix + httpContext.Connection.RemoteIpAddress;

    public async ValueTask EnrichAsync(HttpContext httpContext, ExecutionOptions options, CancellationToken cancellationToken)
    {
        var header = ConnectionAuthorization.Of(httpContext);
        var check = string.IsNullOrEmpty(header) ? ApiKeyCheck.Missing
            : header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && header.Length > Bearer.Length ? await keys.CheckAsync(header[Bearer.Length..].Trim(), cancellationToken)
            : ApiKeyCheck.Invalid("Send the API key as 'Authorization: Bearer <key>'.");
        options.UserContext[EditorAccess.UserContextKey] = check;

        string[] callers = check.Editor is { } editor
            ? [$"key:{editor.KeyId}", AddressCaller(httpContext)]
            : [AddressCaller(httpContext)];
        options.UserContext[RequestCallers.UserContextKey] = callers;
        options.ValidationRules = [.. options.ValidationRules ?? [], new RateLimitValidationRule(limiter, callers)];
    }
}

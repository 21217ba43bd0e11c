using CareDirectory.GraphQL.Execution;
using CareDirectory.GraphQL.Http;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>
/// Which browser pages may open a WebSocket to us: a browser sends its page's <c>Origin</c> and no CORS check
/// protects a WebSocket, so a page of another site could act with a user's ambient credentials. This server's own
/// origin and the configured ones pass; a client without an Origin header (not a browser) passes too.
/// </summary>
internal static class BrowserOrigins
{
    public static bool Allowed(HttpRequest request, IReadOnlyCollection<string> allowed)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        return origin.Length == 0
            || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || allowed.Any(a => string.Equals(origin, a.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    public static async Task RefuseAsync(HttpContext context, IGraphQLTextSerializer serializer)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        var origin = context.Request.Headers[HeaderNames.Origin].ToString();
        await serializer.WriteAsync(
            context.Response.Body,
            GraphQLOperationRunner.ErrorResult(GraphQLErrorCodes.ForbiddenOrigin, $"Pages of '{origin}' may not open a WebSocket here; add the origin to Subscriptions:AllowedOrigins if it is yours."),
            context.RequestAborted);
    }
}

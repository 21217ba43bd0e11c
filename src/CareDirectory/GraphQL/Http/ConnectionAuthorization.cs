using Microsoft.Net.Http.Headers;

namespace CareDirectory.GraphQL.Http;

/// <summary>
/// The <c>Authorization</c> value an operation runs with: the request's header, or for a WebSocket the one its
/// <c>connection_init</c> payload carried (browsers cannot set headers on a WebSocket).
/// </summary>
public static class ConnectionAuthorization
{
    private const string ItemKey = "CareDirectory.ConnectionAuthorization";

    public static void Set(HttpContext context, string authorization) => context.Items[ItemKey] = authorization;

    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is string authorization
            ? authorization
            : context.Request.Headers[HeaderNames.Authorization].ToString();
}

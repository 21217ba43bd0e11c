namespace CareDirectory.GraphQL.Http;

/// <summary>
/// Who runs an operation, as the limits count callers: the API key (<c>key:&lt;id&gt;</c>) when one was valid and the
/// client address. Put into the operation's user context by the API key enricher.
/// </summary>
public static class RequestCallers
{
    public const string UserContextKey = "CareDirectory.Callers";

    public static IReadOnlyList<string> Of(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(UserContextKey, out var callers) && callers is string[] list ? list : [];
}

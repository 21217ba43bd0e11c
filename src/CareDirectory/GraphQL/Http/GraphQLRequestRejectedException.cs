namespace CareDirectory.GraphQL.Http;

/// <summary>An HTTP request refused before any GraphQL work, with the status code and error code to answer with.</summary>
internal sealed class GraphQLRequestRejectedException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>Extra response headers, such as <c>Allow</c> on a 405.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

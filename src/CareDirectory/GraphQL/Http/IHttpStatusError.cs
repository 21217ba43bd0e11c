namespace CareDirectory.GraphQL.Http;

/// <summary>
/// An error that decides the HTTP status of its response (a 429 with <c>Retry-After</c>), whatever the media type.
/// Lets a validation rule added by an <see cref="IGraphQLRequestEnricher"/> answer like the transport itself.
/// </summary>
public interface IHttpStatusError
{
    int StatusCode { get; }

    IReadOnlyDictionary<string, string> Headers { get; }
}

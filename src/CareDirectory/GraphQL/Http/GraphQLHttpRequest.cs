using GraphQL;

namespace CareDirectory.GraphQL.Http;

/// <summary>One operation as sent over HTTP (a JSON body, one element of a batch, or a GET query string).</summary>
internal sealed record GraphQLHttpRequest
{
    public string? Query { get; init; }

    /// <summary>A persisted document id, from <c>documentId</c> or Apollo's <c>extensions.persistedQuery.sha256Hash</c>.</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    public Inputs? Variables { get; init; }

    public Inputs? Extensions { get; init; }
}

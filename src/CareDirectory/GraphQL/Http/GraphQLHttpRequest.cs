using GraphQL;

namespace CareDirectory.GraphQL.Http;

/// <summary>One operation as sent over HTTP (a JSON body, one element of a batch, or a GET query string).</summary>
internal sealed record GraphQLHttpRequest
{
    public string? Query { get; init; }

    /// <summary>A trusted persisted document's id, from <c>documentId</c> or HotChocolate's <c>id</c> (<c>sha256:</c> added to a bare hash).</summary>
    public string? DocumentId { get; init; }

    /// <summary>Apollo's Automatic Persisted Queries: <c>extensions.persistedQuery.sha256Hash</c> as <c>sha256:&lt;hex&gt;</c>.</summary>
    public string? PersistedQueryId { get; init; }

    public string? OperationName { get; init; }

    public Inputs? Variables { get; init; }

    public Inputs? Extensions { get; init; }
}

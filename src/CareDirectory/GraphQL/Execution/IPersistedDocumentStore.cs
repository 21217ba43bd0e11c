namespace CareDirectory.GraphQL.Execution;

/// <summary>Documents the server knows by id, so clients can send <c>documentId</c> instead of query text.</summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document text for an id of the form <c>sha256:&lt;64 lower-case hex&gt;</c>, or null.</summary>
    ValueTask<string?> FindAsync(string documentId, CancellationToken cancellationToken);
}

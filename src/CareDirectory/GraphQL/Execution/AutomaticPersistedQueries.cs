namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Documents Apollo clients registered with Automatic Persisted Queries (query text plus its SHA-256), so later
/// requests may send the hash alone. Anyone can register, so unlike the trusted persisted documents this store is
/// bounded (least recently used out) and keeps only documents whose hash was verified and which passed validation.
/// </summary>
public sealed class AutomaticPersistedQueries(int maxEntries, long maxCharacters)
{
    private readonly RecentlyUsedCache<string> _documents = new(maxEntries, maxCharacters, (_, text) => text.Length);

    public int Count => _documents.Count;

    /// <summary>The document registered under <c>sha256:&lt;hex&gt;</c>, or null.</summary>
    public string? Find(string documentId) => _documents.Find(documentId);

    public void Register(string documentId, string document) => _documents.Add(documentId, document);
}

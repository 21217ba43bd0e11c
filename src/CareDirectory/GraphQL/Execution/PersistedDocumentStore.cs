using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Persisted documents held in memory: every <c>*.graphql</c> file of a folder (its id is the SHA-256 of the
/// file's exact UTF-8 content) plus documents added at run time with <see cref="Add"/>.
/// </summary>
public sealed class PersistedDocumentStore : IPersistedDocumentStore
{
    /// <summary>What every id starts with: the hash algorithm.</summary>
    public const string Prefix = "sha256:";
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <param name="folder">Folder of <c>.graphql</c> files; a missing folder simply means no files.</param>
    public PersistedDocumentStore(string? folder)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories))
        {
            Add(File.ReadAllText(file, Encoding.UTF8));
        }
    }

    public int Count => _documents.Count;

    /// <summary>Stores a document and returns its id.</summary>
    public string Add(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = IdOf(document);
        _documents[id] = document;
        return id;
    }

    public ValueTask<string?> FindAsync(string documentId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_documents.TryGetValue(documentId.ToLowerInvariant(), out var document) ? document : null);

    /// <summary>The id a client computes for a document: <c>sha256:</c> and the hex digest of its UTF-8 bytes.</summary>
    public static string IdOf(string document) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}

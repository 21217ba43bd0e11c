using CareDirectory.Search.Lucene;
using Microsoft.Extensions.Options;

namespace CareDirectory.SearchSync;

/// <summary>
/// One process at a time may write the embedded Lucene index: the server's sync worker or <c>reindex</c>. Lucene's
/// own write lock does not keep a second process out here, and a rebuild in another process would delete the
/// generation the server has open. Elasticsearch needs no lock (its rebuild swaps an alias).
/// </summary>
public sealed class SearchWriterLock(IConfiguration configuration, IOptions<LuceneSearchOptions> lucene)
{
    private const string FileName = "writer.lock";

    /// <summary>Takes the lock until the result is disposed; null when the backend needs none.</summary>
    /// <exception cref="IOException">Another process holds the lock.</exception>
    public IDisposable? Acquire()
    {
        // Decided from configuration, not the ISearchIndex instance: the lock must be held before the index is opened.
        if (!SearchIndexIdentity.IsEmbedded(configuration) || lucene.Value.Path is not { } path)
        {
            return null;
        }

        Directory.CreateDirectory(path);

        // FileShare.None is an exclusive advisory lock (flock) on Unix and a share lock on Windows; the OS
        // releases it if the process dies.
        return new FileStream(Path.Combine(path, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }
}

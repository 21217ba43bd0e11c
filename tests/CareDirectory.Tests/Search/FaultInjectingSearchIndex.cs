using CareDirectory.Search;

namespace CareDirectory.Tests.Search;

/// <summary>
/// The real index behind a switch: while <see cref="Down"/> is set every call fails the way an unreachable backend
/// does (SearchUnavailableException, an Unavailable health report). A rebuild can be held until a test releases
/// <paramref name="rebuildGate"/>. The only fake in these tests.
/// </summary>
public sealed class FaultInjectingSearchIndex(ISearchIndex inner, Task? rebuildGate = null) : ISearchIndex, IDisposable
{
    private int _failedWrites;

    public volatile bool Down;

    /// <summary>Writes refused while down: proves the worker kept trying.</summary>
    public int FailedWrites => Volatile.Read(ref _failedWrites);

    public Task UpsertAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default) =>
        Down ? RefuseWrite() : inner.UpsertAsync(documents, cancellationToken);

    public Task DeleteAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) =>
        Down ? RefuseWrite() : inner.DeleteAsync(ids, cancellationToken);

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Down ? throw Unavailable() : inner.SearchAsync(request, cancellationToken);

    public async Task<int> RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (rebuildGate is not null)
        {
            await rebuildGate.WaitAsync(cancellationToken);
        }

        return Down ? throw Unavailable() : await inner.RebuildAsync(documents, progress, cancellationToken);
    }

    public Task<SearchHealth> HealthAsync(CancellationToken cancellationToken = default) =>
        Down ? Task.FromResult(new SearchHealth(SearchHealthStatus.Unavailable, "injected outage")) : inner.HealthAsync(cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private Task RefuseWrite()
    {
        Interlocked.Increment(ref _failedWrites);
        throw Unavailable();
    }

    private static SearchUnavailableException Unavailable() => new("injected outage");
}

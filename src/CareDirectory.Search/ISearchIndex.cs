namespace CareDirectory.Search;

/// <summary>
/// The full-text and faceted index over directory records. Implementations are thread-safe singletons:
/// writes are visible to searches when the returned task completes.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces documents by <see cref="SearchDocument.Id"/>.</summary>
    Task UpsertAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes documents by id; unknown ids are ignored.</summary>
    Task DeleteAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Runs a search.</summary>
    /// <exception cref="SearchRequestException">The request is invalid (bad cursor, page size, age, radius).</exception>
    /// <exception cref="SearchUnavailableException">The backend cannot be reached or is overloaded.</exception>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Builds a fresh index from <paramref name="documents"/> while the current one keeps serving searches,
    /// then swaps atomically. Writes made during the rebuild are applied to the new index before the swap.
    /// </summary>
    /// <param name="progress">Receives the number of documents loaded so far.</param>
    /// <returns>The number of documents loaded.</returns>
    Task<int> RebuildAsync(
        IAsyncEnumerable<SearchDocument> documents,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reports backend health; does not throw for an unreachable backend.</summary>
    Task<SearchHealth> HealthAsync(CancellationToken cancellationToken = default);
}

namespace CareDirectory.Search;

/// <summary>
/// Writes that arrive while a rebuild loads a new index go to the serving index and are also recorded here,
/// then replayed onto the new index just before the swap, so no write is lost by a rebuild.
/// Callers serialise access with their write lock.
/// </summary>
internal sealed class RebuildJournal
{
    private List<(SearchDocument? Upsert, string? DeleteId)>? _entries;

    public bool IsRecording => _entries is not null;

    public void Start()
    {
        if (_entries is not null)
        {
            throw new InvalidOperationException("A rebuild is already running.");
        }

        _entries = [];
    }

    public void RecordUpserts(IEnumerable<SearchDocument> documents) => _entries?.AddRange(documents.Select(d => ((SearchDocument?)d, (string?)null)));

    public void RecordDeletes(IEnumerable<string> ids) => _entries?.AddRange(ids.Select(id => ((SearchDocument?)null, (string?)id)));

    /// <summary>Stops recording and returns the writes in order.</summary>
    public IReadOnlyList<(SearchDocument? Upsert, string? DeleteId)> Stop()
    {
        var entries = _entries ?? [];
        _entries = null;
        return entries;
    }
}

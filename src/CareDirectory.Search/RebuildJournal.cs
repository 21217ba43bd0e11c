namespace CareDirectory.Search;

/// <summary>
/// Writes that arrive while a rebuild loads a new index go to the serving index and are also recorded here,
/// then replayed onto the new index just before the swap, so no write is lost by a rebuild.
/// Callers serialise access with their write lock.
/// </summary>
internal sealed class RebuildJournal
{
    private List<SearchWrite>? _entries;

    public void Start()
    {
        if (_entries is not null)
        {
            throw new InvalidOperationException("A rebuild is already running.");
        }

        _entries = [];
    }

    /// <summary>Records the writes when a rebuild is running; otherwise does nothing.</summary>
    public void Record(IEnumerable<SearchWrite> writes) => _entries?.AddRange(writes);

    /// <summary>Stops recording and returns the writes in order.</summary>
    public IReadOnlyList<SearchWrite> Stop()
    {
        var entries = _entries ?? [];
        _entries = null;
        return entries;
    }
}

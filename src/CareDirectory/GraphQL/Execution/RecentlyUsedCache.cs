namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Values by string key, least recently used first out, bounded by entries and by the total size of what is kept
/// (a size the caller measures), so varied or huge inputs cannot grow it without limit. Thread-safe.
/// </summary>
public sealed class RecentlyUsedCache<TValue>
    where TValue : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Value, long Size)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Value, long Size)> _recency = new();
    private readonly int _maxEntries;
    private readonly long _maxSize;
    private readonly Func<string, TValue, long> _sizeOf;
    private long _size;
    private long _evicted;

    public RecentlyUsedCache(int maxEntries, long maxSize, Func<string, TValue, long> sizeOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEntries);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSize);
        _maxEntries = maxEntries;
        _maxSize = maxSize;
        _sizeOf = sizeOf;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Total size of what is kept, as the caller measures it.</summary>
    public long Size
    {
        get
        {
            lock (_gate)
            {
                return _size;
            }
        }
    }

    /// <summary>How many values have been pushed out to make room since the cache was made.</summary>
    public long Evicted => Interlocked.Read(ref _evicted);

    public TValue? Find(string key)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Value;
        }
    }

    /// <summary>Keeps a value (a key already kept keeps its first value); one larger than the whole budget is not kept.</summary>
    public void Add(string key, TValue value)
    {
        var size = _sizeOf(key, value);
        if (_maxEntries == 0 || size > _maxSize)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            _entries[key] = _recency.AddFirst((key, value, size));
            _size += size;
            while (_entries.Count > _maxEntries || _size > _maxSize)
            {
                var oldest = _recency.Last!.Value;
                _recency.RemoveLast();
                _entries.Remove(oldest.Key);
                _size -= oldest.Size;
                Interlocked.Increment(ref _evicted);
            }
        }
    }

    /// <summary>Forgets the value kept for <paramref name="key"/> if it is still <paramref name="value"/> (a newer one stays).</summary>
    public void Remove(string key, TValue value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Value, value))
            {
                _recency.Remove(node);
                _entries.Remove(key);
                _size -= node.Value.Size;
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// Values worked out from an index reader and a key, kept while the reader lives: a new reader (after any write)
/// starts empty, and the old one's values go with it. Bounded: beyond <paramref name="maxPerReader"/> keys a reader's
/// cache starts over. A value must depend only on the reader and the key, so one worked out twice by racing searches
/// is the same value, and searches on several threads may share it.
/// </summary>
internal sealed class LuceneReaderCache<TKey, TValue>(int maxPerReader)
    where TKey : notnull
    where TValue : class
{
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<TKey, TValue>> _byReader = [];

    public TValue GetOrAdd(IndexReader reader, TKey key, Func<IndexReader, TKey, TValue> create)
    {
        var cache = _byReader.GetValue(reader, _ => new ConcurrentDictionary<TKey, TValue>());
        if (cache.TryGetValue(key, out var value))
        {
            return value;
        }

        if (cache.Count >= maxPerReader)
        {
            cache.Clear();
        }

        return cache.GetOrAdd(key, static (k, made) => made.Create(made.Reader, k), (Reader: reader, Create: create));
    }
}

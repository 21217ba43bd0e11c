using System.Collections.Concurrent;

namespace CareDirectory.GraphQL.DataLoaders;

/// <summary>The batch loaders of one request (a scoped service), keyed by what they load and with which arguments.</summary>
public sealed class RequestLoaders
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));
}

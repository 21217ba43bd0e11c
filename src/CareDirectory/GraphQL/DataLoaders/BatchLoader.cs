using GraphQL.DataLoader;

namespace CareDirectory.GraphQL.DataLoaders;

/// <summary>
/// A per-request batch loader: every key asked for while GraphQL.NET resolves one level of the query is
/// fetched with one call to <c>fetch</c> when the first result is awaited. Modeled on GraphQL.NET's DataLoaderBase.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue>> _cache = [];
    private Dictionary<TKey, TaskCompletionSource<TValue>> _pending = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out var task))
            {
                var source = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending[key] = source;
                task = source.Task;
                _cache[key] = task;
            }

            return new Result(this, task);
        }
    }

    /// <summary>Gives a key a value already loaded elsewhere in the request, so loading it costs no query.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TValue>> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
        }

        try
        {
            var values = await fetch(batch.Keys, cancellationToken);
            foreach (var (key, source) in batch)
            {
                source.TrySetResult(values.TryGetValue(key, out var value) ? value : missing);
            }
        }
        catch (Exception e)
        {
            foreach (var source in batch.Values)
            {
                source.TrySetException(e);
            }
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Task<TValue> task) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!task.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken);
            }

            return await task;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

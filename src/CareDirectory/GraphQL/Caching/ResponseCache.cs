using System.Diagnostics.Metrics;
using CareDirectory.ChangeFeed;
using CareDirectory.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// Serialized responses of anonymous queries, each with the <see cref="DataVersion"/> it was computed at, least
/// recently used first out and bounded by bytes. An entry is used only while the version is still current: any
/// committed change the change-log follower has proven (from this process, another replica, a CLI seed or import)
/// moves the watermark and makes every older entry unusable; this process's own writes (<see cref="LocalWrites"/>) make
/// them unusable as soon as they commit, before the follower looks. docs/graphql-transport.md ("Response cache") says how stale a replica can be.
/// </summary>
public sealed class ResponseCache
{
    /// <summary>Bytes counted per entry beyond its body and key: the record, the list node and the dictionary slot.</summary>
    private const int EntryOverhead = 200;

    private readonly ChangeLogFollower _follower;
    private readonly LocalWrites _localWrites;
    private readonly IReadModelPosition? _readModel;
    private readonly TimeProvider _time;
    private readonly RecentlyUsedCache<CachedResponse> _entries;

    public ResponseCache(
        ChangeLogFollower follower,
        LocalWrites localWrites,
        IOptions<ResponseCacheOptions> options,
        IMeterFactory meters,
        TimeProvider time,
        IReadModelPosition? readModel = null,
        ICachedAnswerGate? gate = null)
    {
        _follower = follower;
        _localWrites = localWrites;
        _readModel = readModel;
        Gate = gate;
        _time = time;
        Options = options.Value;
        _entries = new RecentlyUsedCache<CachedResponse>(
            Options.Enabled ? Options.MaxEntries : 0,
            Options.MaxBytes,
            (key, response) => (key.Length * sizeof(char)) + response.Body.Length + response.ETag.Length + EntryOverhead);
        Metrics = new ResponseCacheMetrics(meters, () => _entries.Evicted, () => _entries.Size);
    }

    public ResponseCacheOptions Options { get; }

    public ResponseCacheMetrics Metrics { get; }

    /// <summary>What an answer from the cache must still pass (the rate limit); null: nothing.</summary>
    public ICachedAnswerGate? Gate { get; }

    /// <summary>The data version a response computed from now on reflects at least.</summary>
    public DataVersion Current => new(_follower.Watermark, _localWrites.Committed, _readModel?.Position ?? 0);

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>The kept response for <paramref name="key"/> if it is still current; an outdated one is dropped.</summary>
    public CachedResponse? Find(string key)
    {
        if (_entries.Find(key) is not { } kept)
        {
            return null;
        }

        if (kept.Version == Current && (kept.ExpiresAt is not { } expires || expires > Now))
        {
            return kept;
        }

        _entries.Remove(key, kept);
        return null;
    }

    /// <summary>Keeps a response computed at <see cref="CachedResponse.Version"/> (taken before it executed).</summary>
    public void Keep(string key, CachedResponse response) => _entries.Add(key, response);
}

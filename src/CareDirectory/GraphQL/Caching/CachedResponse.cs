namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// One kept response: its serialized body, the strong <see cref="ETag"/> of those bytes, the data version it was
/// computed at, its hint, when its hint's <c>maxAge</c> runs out (null: only a change of data ends it) and the cost
/// its execution was measured at (what a repeat spends from the caller's rate limit).
/// </summary>
public sealed record CachedResponse(byte[] Body, string ETag, DataVersion Version, CacheHint Hint, DateTimeOffset? ExpiresAt, int Cost);

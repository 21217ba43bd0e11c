namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// One kept response: its serialized body, the strong <see cref="ETag"/> of those bytes, the data version it was
/// computed at, its hint and when its hint's <c>maxAge</c> runs out (null: only a change of data ends it).
/// </summary>
public sealed record CachedResponse(byte[] Body, string ETag, DataVersion Version, CacheHint Hint, DateTimeOffset? ExpiresAt);

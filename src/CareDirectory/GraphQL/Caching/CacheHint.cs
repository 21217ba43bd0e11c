namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// The cache hint of a response: the shortest <c>@cacheControl(maxAge:)</c> among the fields and types it selects
/// (null: none, the data version alone decides) and <see cref="CacheControlScope.Private"/> if any of them says so.
/// </summary>
public readonly record struct CacheHint(TimeSpan? MaxAge, CacheControlScope Scope)
{
    public static CacheHint None => new(null, CacheControlScope.Public);

    /// <summary>Both hints at once: the shorter life and the narrower scope.</summary>
    public CacheHint And(CacheHint other) => new(
        MaxAge is { } mine && other.MaxAge is { } theirs ? (mine < theirs ? mine : theirs) : MaxAge ?? other.MaxAge,
        Scope == CacheControlScope.Private || other.Scope == CacheControlScope.Private ? CacheControlScope.Private : CacheControlScope.Public);
}

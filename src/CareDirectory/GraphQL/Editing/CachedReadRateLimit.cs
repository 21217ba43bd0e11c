using CareDirectory.Editing;
using CareDirectory.GraphQL.Caching;

namespace CareDirectory.GraphQL.Editing;

/// <summary>
/// Cached answers spend from the read bucket of the client address as executed reads do (their measured cost, see
/// <see cref="RateLimitValidationRule"/>): the rate limit counts what callers ask for, whether or not it was cached.
/// Only anonymous requests are answered from the cache, so the address is the only caller.
/// </summary>
internal sealed class CachedReadRateLimit(EditorRateLimiter limiter) : ICachedAnswerGate
{
    public bool Admits(HttpContext context, int cost) =>
        limiter.TryAcquire(write: false, [ApiKeyRequestEnricher.AddressCaller(context)], cost) is null;
}

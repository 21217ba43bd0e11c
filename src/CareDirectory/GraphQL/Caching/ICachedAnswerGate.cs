namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// What must still hold for an anonymous request to be answered from the cache: a cached answer skips execution,
/// not the rules about who may ask how much. False sends the request down the executing path, which refuses it there
/// with the usual error (the read rate limit: 429 <c>RATE_LIMITED</c>).
/// </summary>
public interface ICachedAnswerGate
{
    /// <summary>Whether <paramref name="context"/>'s caller may have an answer whose execution cost <paramref name="cost"/>; spends it when so.</summary>
    bool Admits(HttpContext context, int cost);
}

using GraphQL.Types;

namespace CareDirectory.GraphQL.Caching;

/// <summary>The <c>scope</c> argument of <c>@cacheControl</c>, as HotChocolate and Apollo name it.</summary>
public sealed class CacheControlScopeType : EnumerationGraphType<CacheControlScope>
{
    public CacheControlScopeType()
    {
        Name = "CacheControlScope";
        Description = "Who may reuse a cached response.";
        Values["PUBLIC"]!.Description = "Any client and shared caches (CDNs, proxies).";
        Values["PRIVATE"]!.Description = "Only the client that asked (its browser cache); never the server's shared response cache.";
    }
}

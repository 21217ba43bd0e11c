namespace CareDirectory.GraphQL.Caching;

/// <summary>Who may reuse a response: anyone (shared caches too) or only the client that asked.</summary>
public enum CacheControlScope
{
    Public,
    Private,
}

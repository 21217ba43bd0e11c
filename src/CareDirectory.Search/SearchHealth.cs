namespace CareDirectory.Search;

/// <summary>State of the search backend, for readiness checks.</summary>
public enum SearchHealthStatus
{
    Healthy,
    Degraded,
    Unavailable,
}

/// <summary>Health report of a search backend; never thrown, always returned.</summary>
public sealed record SearchHealth(SearchHealthStatus Status, string Description, long? DocumentCount = null);

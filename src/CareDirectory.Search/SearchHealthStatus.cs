namespace CareDirectory.Search;

/// <summary>State of the search backend, for readiness checks.</summary>
public enum SearchHealthStatus
{
    Healthy,
    Degraded,
    Unavailable,
}

namespace CareDirectory.Search;

/// <summary>Health report of a search backend; never thrown, always returned.</summary>
public sealed record SearchHealth(SearchHealthStatus Status, string Description, long? DocumentCount = null);

namespace CareDirectory.Search;

/// <summary>A facet bucket: a keyword value and how many matching documents carry it.</summary>
public sealed record FacetValue(string Value, int Count);

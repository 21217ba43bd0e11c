namespace CareDirectory.GraphQL.Search;

/// <summary>A facet bucket as the API shows it: the value to filter by, a display label and the count.</summary>
public sealed record SearchFacetValue(string Value, string Label, int Count);

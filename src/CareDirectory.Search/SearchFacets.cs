namespace CareDirectory.Search;

/// <summary>
/// Counts over the filtered result set, each list ordered by count descending then value ascending.
/// Kinds use the <see cref="SearchKind"/> names. Counties count the documents' own county FIPS codes; statewide
/// documents without listed counties add to no county bucket.
/// </summary>
public sealed record SearchFacets
{
    public static SearchFacets Empty { get; } = new();

    public IReadOnlyList<FacetValue> Kinds { get; init; } = [];

    public IReadOnlyList<FacetValue> ServiceTypes { get; init; } = [];

    public IReadOnlyList<FacetValue> Roles { get; init; } = [];

    public IReadOnlyList<FacetValue> Counties { get; init; } = [];

    public IReadOnlyList<FacetValue> Audiences { get; init; } = [];

    public IReadOnlyList<FacetValue> Languages { get; init; } = [];

    /// <summary>Educator-resource topic codes; documents without topics add to no bucket.</summary>
    public IReadOnlyList<FacetValue> Topics { get; init; } = [];
}

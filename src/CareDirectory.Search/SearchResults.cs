namespace CareDirectory.Search;

/// <summary>One page of results plus totals and facets over the whole filtered result set.</summary>
public sealed record SearchResults
{
    /// <summary>Number of documents matching the query and filters (all pages).</summary>
    public required int TotalCount { get; init; }

    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Cursor of the last hit on this page; pass it as <see cref="SearchRequest.After"/>.</summary>
    public string? EndCursor { get; init; }

    public bool HasNextPage { get; init; }

    /// <summary>Counts over the whole result set; <see cref="SearchFacets.Empty"/> unless the request asked for them.</summary>
    public required SearchFacets Facets { get; init; }
}

namespace CareDirectory.Search;

/// <summary>One page of results plus totals and facets over the whole filtered result set.</summary>
public sealed record SearchResults
{
    /// <summary>Number of documents matching the query and filters (all pages).</summary>
    public required int TotalCount { get; init; }

    /// <summary>The page, in result order (also for <see cref="SearchRequest.Last"/>).</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Cursor of the first hit on this page; pass it as <see cref="SearchRequest.Before"/>.</summary>
    public string? StartCursor => Hits.Count == 0 ? null : Hits[0].Cursor;

    /// <summary>Cursor of the last hit on this page; pass it as <see cref="SearchRequest.After"/>.</summary>
    public string? EndCursor => Hits.Count == 0 ? null : Hits[^1].Cursor;

    /// <summary>
    /// Whether the result has a hit after this page's last one: found by reading one hit more when paging forward;
    /// when paging backward, whether a <see cref="SearchRequest.Before"/> cursor was given (its hit lies there).
    /// </summary>
    public bool HasNextPage { get; init; }

    /// <summary>Whether the result has a hit before this page's first one; the mirror of <see cref="HasNextPage"/>.</summary>
    public bool HasPreviousPage { get; init; }

    /// <summary>Counts over the whole result set; <see cref="SearchFacets.Empty"/> unless the request asked for them.</summary>
    public required SearchFacets Facets { get; init; }
}

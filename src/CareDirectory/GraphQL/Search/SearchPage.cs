using CareDirectory.GraphQL.Relay;
using CareDirectory.Search;

namespace CareDirectory.GraphQL.Search;

/// <summary>One page of search results as <c>SearchConnection</c> shows it.</summary>
public sealed class SearchPage : IPageInfo
{
    public required IReadOnlyList<SearchPageHit> Hits { get; init; }

    public required int TotalCount { get; init; }

    public required SearchFacets Facets { get; init; }

    public required bool HasNextPage { get; init; }

    public required bool HasPreviousPage { get; init; }

    public string? StartCursor => Hits.Count == 0 ? null : Hits[0].Cursor;

    public string? EndCursor => Hits.Count == 0 ? null : Hits[^1].Cursor;
}

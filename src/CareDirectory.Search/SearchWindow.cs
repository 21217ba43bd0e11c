namespace CareDirectory.Search;

/// <summary>
/// How both backends read one page: seek from the cursor on the near side with the backend's own
/// <c>search_after</c> (the result order, or its reverse for <see cref="SearchRequest.Last"/>), read one hit more
/// than the page, and cut at the cursor on the far side. The work is one page's worth at any depth.
/// </summary>
internal sealed class SearchWindow
{
    public SearchWindow(SearchRequest request, bool browse)
    {
        Backward = request.Last is not null;
        PageSize = request.Last ?? request.First ?? SearchRequest.DefaultPageSize;
        After = request.After is null ? null : SearchCursor.Decode(request.After, browse);
        Before = request.Before is null ? null : SearchCursor.Decode(request.Before, browse);
    }

    /// <summary>Reading against the result order, from <see cref="Before"/> (or the end) back.</summary>
    public bool Backward { get; }

    public int PageSize { get; }

    /// <summary>Hits to ask the backend for: one more than the page tells whether the page is the last one that way.</summary>
    public int Fetch => PageSize + 1;

    /// <summary>The backend's <c>search_after</c> position, in the order it reads (reversed when <see cref="Backward"/>).</summary>
    public SearchCursor? SeekFrom => Backward ? Before : After;

    private SearchCursor? After { get; }

    private SearchCursor? Before { get; }

    /// <summary>
    /// The page from what the backend read, in the order it read it. Hits at or past the far cursor are dropped; the
    /// page is put back in result order. <paramref name="hit"/> (highlighting) runs only for the page's hits.
    /// </summary>
    public SearchResults Results<T>(
        IEnumerable<T> read, Func<T, SearchCursor> positionOf, Func<T, string, SearchHit> hit, int totalCount, SearchFacets facets)
    {
        var far = Backward ? After : Before;
        List<(T Read, SearchCursor Position)> window =
        [
            .. read.Select(r => (Read: r, Position: positionOf(r)))
                .TakeWhile(r => far is null || (Backward ? SearchCursor.Compare(r.Position, far) > 0 : SearchCursor.Compare(r.Position, far) < 0)),
        ];
        var more = window.Count > PageSize;
        var page = window.Take(PageSize).Select(r => hit(r.Read, r.Position.Encode())).ToList();
        if (Backward)
        {
            page.Reverse();
        }

        // The side read towards is known from the extra hit; on the other side a cursor stands for its own hit.
        return new SearchResults
        {
            TotalCount = totalCount,
            Hits = page,
            HasNextPage = Backward ? Before is not null : more || Before is not null,
            HasPreviousPage = Backward ? more || After is not null : After is not null,
            Facets = facets,
        };
    }
}

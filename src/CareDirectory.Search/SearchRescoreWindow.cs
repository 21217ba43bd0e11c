namespace CareDirectory.Search;

/// <summary>
/// How both backends add the words-as-a-phrase clause (#17): not to every match, which at national scale cost a
/// quarter of a broad search's CPU ("family support": 145k matches, each one's phrase positions read in nine fields),
/// but as a second pass over the <see cref="SearchFields.RescoreWindow"/> best hits by the words alone (the window),
/// as Lucene's <c>QueryRescorer</c> and Elasticsearch's <c>rescore</c> do.
/// <para>
/// The result order stays one total order that cursors can seek in: the window's hits by their rescored score (words +
/// phrase), then every other hit by its words' score. The clause only adds, so a window hit's rescored score is at
/// least its own words' score, which is at least any later hit's (ties go by id, as the window was cut): ordering all
/// hits by (score, id) with those scores is that same order, and a cursor's (score, id) finds its place in it. A page
/// after (or, reading backwards, before) a cursor is the window's hits on that side of it, then (before them) the
/// hits beyond the window read from the cursor by their words' score — the backend reads that continuation with
/// <c>search_after</c> on the words' query, <see cref="SearchFields.RescoreWindow"/> more than the page so the window's
/// hits among them can be dropped. Each page request recomputes the window, so paging stays one page's work.
/// </para>
/// </summary>
internal static class SearchRescoreWindow
{
    /// <summary>
    /// Whether the page may need hits beyond the window: a cursor, a backward read (from the end) or a page larger than
    /// the window. A first page no larger than the window is read from the window alone.
    /// </summary>
    public static bool NeedsContinuation(SearchWindow window) =>
        window.Backward || window.SeekFrom is not null || window.Fetch > SearchFields.RescoreWindow;

    /// <summary>
    /// The hits in the order the page reads them (<see cref="SearchWindow.Backward"/> reverses it), each with its place
    /// in the result, for <see cref="SearchWindow.Results{T}"/>.
    /// </summary>
    /// <param name="window">The page asked for.</param>
    /// <param name="top">The window: the best hits by the words' score and id, with no cursor, at most <see cref="SearchFields.RescoreWindow"/>.</param>
    /// <param name="rescored">Each window hit's score with the phrase clause added (by id).</param>
    /// <param name="continuation">Hits read from the page's cursor in its direction by the words' score; empty when not <see cref="NeedsContinuation"/>.</param>
    /// <param name="id">A hit's id.</param>
    /// <param name="score">A hit's score by its words alone.</param>
    public static List<(T Hit, SearchCursor Position)> Read<T>(
        SearchWindow window,
        IReadOnlyList<T> top,
        IReadOnlyDictionary<string, double> rescored,
        IReadOnlyList<T> continuation,
        Func<T, string> id,
        Func<T, double> score)
    {
        var from = window.SeekFrom;
        var inWindow = top.Select(id).ToHashSet(StringComparer.Ordinal);
        var windowHits = top
            .Select(hit => (Hit: hit, Position: new SearchCursor(false, rescored.GetValueOrDefault(id(hit), score(hit)), null, id(hit))))
            .Where(r => from is null || (window.Backward ? SearchCursor.Compare(r.Position, from) < 0 : SearchCursor.Compare(r.Position, from) > 0))
            .OrderBy(r => r.Position, Comparer<SearchCursor>.Create(SearchCursor.Compare))
            .ToList();
        var beyond = continuation
            .Where(hit => !inWindow.Contains(id(hit)))
            .Select(hit => (Hit: hit, Position: new SearchCursor(false, score(hit), null, id(hit))));
        if (!window.Backward)
        {
            return [.. windowHits, .. beyond];
        }

        windowHits.Reverse();
        return [.. beyond, .. windowHits];
    }
}

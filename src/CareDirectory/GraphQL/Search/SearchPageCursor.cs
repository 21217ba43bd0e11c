using System.Text.Json;
using CareDirectory.GraphQL.Relay;
using CareDirectory.Search;

namespace CareDirectory.GraphQL.Search;

/// <summary>
/// The cursor of a search hit as the API hands it out: the index's position of the hit (score or title, then id),
/// signed like every list cursor (<see cref="Cursor"/>, <c>GraphQL:CursorSecret</c>) and bound to the search it came
/// from, its words and filters. A damaged or made-up cursor, or one of another search, is INVALID_CURSOR.
/// </summary>
public sealed class SearchPageCursor(Cursor cursor, SearchRequest search)
{
    private static readonly Type[] _types = [typeof(string)];

    /// <summary>Names the search in the cursor: paging and facets are left out, and every browse is the same browse.</summary>
    private readonly string _ordering = "search|" + JsonSerializer.Serialize(search with
    {
        Query = string.IsNullOrWhiteSpace(search.Query) ? null : search.Query.Trim(),
        First = null,
        Last = null,
        After = null,
        Before = null,
        Facets = false,
    });

    public string Encode(string indexCursor) => cursor.Encode(_ordering, [indexCursor]);

    /// <summary>The index's cursor inside an API cursor (null for null).</summary>
    public string? Decode(string? apiCursor) =>
        apiCursor is null ? null : cursor.Decode(apiCursor, _ordering, _types)[0] as string
            ?? throw DirectoryErrors.Error(DirectoryErrors.InvalidCursor, "This is not a search cursor.");
}

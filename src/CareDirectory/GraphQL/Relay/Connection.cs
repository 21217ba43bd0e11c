namespace CareDirectory.GraphQL.Relay;

/// <summary>One page of a list, shaped like HotChocolate's connections: nodes, edges, pageInfo and totalCount.</summary>
public sealed class Connection : IPageInfo
{
    public required IReadOnlyList<object> Nodes { get; init; }

    public required int StartIndex { get; init; }

    public required int TotalCount { get; init; }

    public IEnumerable<(string Cursor, object Node)> Edges => Nodes.Select((node, i) => (Cursor.Encode(StartIndex + i), node));

    public bool HasPreviousPage => StartIndex > 0;

    public bool HasNextPage => StartIndex + Nodes.Count < TotalCount;

    public string? StartCursor => Nodes.Count == 0 ? null : Cursor.Encode(StartIndex);

    public string? EndCursor => Nodes.Count == 0 ? null : Cursor.Encode(StartIndex + Nodes.Count - 1);

    /// <summary>Pages an already filtered and ordered in-memory list (used after a batched load).</summary>
    public static Connection FromList<T>(IReadOnlyList<T> items, PagingArguments paging, int maxPageSize)
        where T : class
    {
        var (start, count) = paging.Window(items.Count, maxPageSize);
        return new Connection { Nodes = items.Skip(start).Take(count).ToList<object>(), StartIndex = start, TotalCount = items.Count };
    }
}

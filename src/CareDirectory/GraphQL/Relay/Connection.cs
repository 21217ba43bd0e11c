namespace CareDirectory.GraphQL.Relay;

/// <summary>One page of a list, shaped like HotChocolate's connections: nodes, edges, pageInfo and totalCount.</summary>
public sealed class Connection : IPageInfo
{
    public required IReadOnlyList<object> Nodes { get; init; }

    /// <summary>The cursor of each of <see cref="Nodes"/>, in order.</summary>
    public required IReadOnlyList<string> Cursors { get; init; }

    public required int TotalCount { get; init; }

    public required bool HasNextPage { get; init; }

    public required bool HasPreviousPage { get; init; }

    public IEnumerable<(string Cursor, object Node)> Edges => Nodes.Select((node, i) => (Cursors[i], node));

    public string? StartCursor => Cursors.Count == 0 ? null : Cursors[0];

    public string? EndCursor => Cursors.Count == 0 ? null : Cursors[^1];
}

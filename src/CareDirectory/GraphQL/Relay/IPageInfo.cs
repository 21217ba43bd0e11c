namespace CareDirectory.GraphQL.Relay;

/// <summary>What <see cref="PageInfoType"/> shows; offset connections and search pages (opaque index cursors) both provide it.</summary>
public interface IPageInfo
{
    bool HasNextPage { get; }

    bool HasPreviousPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}

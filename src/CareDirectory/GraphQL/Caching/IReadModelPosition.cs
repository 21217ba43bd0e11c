namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// A read model filled from the change log after the fact (the search index): the change-log position it reflects,
/// so responses read from it are recomputed when it moves, not only when the log does.
/// </summary>
public interface IReadModelPosition
{
    long Position { get; }
}

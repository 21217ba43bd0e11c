namespace CareDirectory.GraphQL.Listing;

/// <summary>
/// A listed record as the page query returns it: with its sort-key values (for its cursor, read in SQL so keys through
/// relations need no extra load) and whether it lies after <c>after</c> and before <c>before</c> (computed by the database,
/// so comparisons follow its collation in lists paged in memory too).
/// </summary>
public sealed class KeyedRow<T>(T item, object?[] keys, bool afterStart, bool beforeEnd)
{
    public T Item { get; } = item;

    public object?[] Keys { get; } = keys;

    public bool AfterStart { get; } = afterStart;

    public bool BeforeEnd { get; } = beforeEnd;
}

namespace CareDirectory.GraphQL.Execution;

/// <summary>The limits an operation must stay within.</summary>
public sealed record OperationLimits
{
    public required int MaxDepth { get; init; }
    public required int MaxCost { get; init; }
    public required int MaxAliases { get; init; }

    /// <summary>Most fragment spreads an operation may expand to (each spread of a fragment counts with everything it spreads).</summary>
    public required int MaxFragmentSpreads { get; init; }

    /// <summary>Assumed size of a list or page whose size the query does not state (no <c>first</c>/<c>last</c>).</summary>
    public required int DefaultListSize { get; init; }
}

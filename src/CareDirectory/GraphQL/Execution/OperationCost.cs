namespace CareDirectory.GraphQL.Execution;

/// <summary>What one operation asks of the server, measured before it runs.</summary>
/// <param name="Requested">Estimated cost: every field costs 1, multiplied by the page or list sizes above it.</param>
/// <param name="Depth">Deepest field nesting.</param>
/// <param name="Aliases">Number of aliased fields (each alias can repeat an expensive field).</param>
public sealed record OperationCost(int Requested, int Depth, int Aliases)
{
    /// <summary>Key under which <see cref="OperationLimitsValidationRule"/> leaves the measurement in the user context.</summary>
    public const string UserContextKey = "CareDirectory.OperationCost";

    /// <summary>Fragment spreads the operation expands to: a fragment spread twice, spreading another, counts four.</summary>
    public int FragmentSpreads { get; init; }

    /// <summary>
    /// The measurement stopped as soon as a limit was certainly exceeded: <see cref="Requested"/> and
    /// <see cref="Aliases"/> are what was counted by then, and the whole operation asks for at least that much.
    /// </summary>
    public bool IsLowerBound { get; init; }
}

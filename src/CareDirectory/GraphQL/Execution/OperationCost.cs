namespace CareDirectory.GraphQL.Execution;

/// <summary>What one operation asks of the server, measured before it runs.</summary>
/// <param name="Requested">Estimated cost: every field costs 1, multiplied by the page or list sizes above it.</param>
/// <param name="Depth">Deepest field nesting.</param>
/// <param name="Aliases">Number of aliased fields (each alias can repeat an expensive field).</param>
public sealed record OperationCost(int Requested, int Depth, int Aliases)
{
    /// <summary>Key under which <see cref="OperationLimitsValidationRule"/> leaves the measurement in the user context.</summary>
    public const string UserContextKey = "CareDirectory.OperationCost";
}

using GraphQL.Validation;

namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Rejects operations deeper, costlier, with more aliases or more expanded fragment spreads than <see cref="OperationLimits"/> allow, before
/// any resolver runs, and leaves the measured <see cref="OperationCost"/> in the user context so the
/// transport can report it in <c>extensions.cost</c>.
/// </summary>
public sealed class OperationLimitsValidationRule(OperationLimits limits) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

    /// <summary>
    /// Measures after the spec rules passed and the variables were coerced: a page size then comes from a value
    /// known to be an Int, and a variable that is not one is INVALID_VARIABLES from coercion, never guessed at here.
    /// </summary>
    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors)
        {
            return default;
        }

        var cost = OperationCostAnalyzer.Measure(context.Schema, context.Document, context.Operation, context.ArgumentValues, limits, context.CancellationToken);
        context.UserContext[OperationCost.UserContextKey] = cost;

        if (cost.Depth > limits.MaxDepth)
        {
            context.ReportError(new OperationLimitError(
                GraphQLErrorCodes.MaxDepthExceeded,
                $"The operation is nested {cost.Depth} levels deep; the limit is {limits.MaxDepth}."));
        }

        if (cost.Requested > limits.MaxCost)
        {
            context.ReportError(new OperationLimitError(
                GraphQLErrorCodes.MaxCostExceeded,
                $"The operation has an estimated cost of {AtLeast(cost)}{cost.Requested}; the limit is {limits.MaxCost}. Ask for smaller pages (first/last) or fewer nested lists."));
        }

        if (cost.Aliases > limits.MaxAliases)
        {
            context.ReportError(new OperationLimitError(
                GraphQLErrorCodes.MaxAliasesExceeded,
                $"The operation uses {AtLeast(cost)}{cost.Aliases} aliases; the limit is {limits.MaxAliases}."));
        }

        if (cost.FragmentSpreads > limits.MaxFragmentSpreads)
        {
            context.ReportError(new OperationLimitError(
                GraphQLErrorCodes.MaxFragmentSpreadsExceeded,
                $"The operation expands to {AtLeast(cost)}{cost.FragmentSpreads} fragment spreads; the limit is {limits.MaxFragmentSpreads}. Spread each fragment fewer times."));
        }

        return default;
    }

    private static string AtLeast(OperationCost cost) => cost.IsLowerBound ? "at least " : "";

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;
}

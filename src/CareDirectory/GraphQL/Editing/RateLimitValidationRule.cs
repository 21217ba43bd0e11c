using CareDirectory.Editing;
using CareDirectory.GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Editing;

/// <summary>
/// Spends the operation from the caller's buckets once it is known to be valid: a query its measured cost, a
/// mutation one write per root field. Runs as a post-node visitor so the cost rule has already measured.
/// </summary>
internal sealed class RateLimitValidationRule(EditorRateLimiter limiter, IReadOnlyList<string> callers) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors || context.Operation is not { } operation)
        {
            return default;
        }

        var write = operation.Operation == OperationType.Mutation;
        var permits = write
            ? operation.SelectionSet.Selections.Count
            : (context.UserContext.TryGetValue(OperationCost.UserContextKey, out var cost) ? (cost as OperationCost)?.Requested : null) ?? 1;
        if (limiter.TryAcquire(write, callers, permits) is { } retryAfter)
        {
            context.ReportError(new RateLimitedError(write, retryAfter));
        }

        return default;
    }
}

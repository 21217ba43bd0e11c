using GraphQL;
using GraphQL.Execution;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>
/// Builds each subscription event's result in a service scope of its own: the batch loaders (<c>RequestLoaders</c>)
/// are scoped, and one event must neither see another's cached records (they would be stale) nor share its loaders
/// while both run. Then releases the stream's next event (<see cref="EventStream"/>).
/// </summary>
internal sealed class ScopedSubscriptionExecutionStrategy(IServiceScopeFactory scopes) : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            return await base.ProcessDataAsync(context, node, value);
        }
        finally
        {
            EventStream.Of(context.UserContext)?.Processed();
        }
    }
}

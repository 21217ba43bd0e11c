using GraphQL;

namespace CareDirectory.GraphQL.Http;

/// <summary>
/// Adds request-scoped things (a DataLoader context, the caller's API key, ...) to an operation before it
/// runs. Register any number as scoped services; each is called once per operation, in registration order.
/// </summary>
public interface IGraphQLRequestEnricher
{
    ValueTask EnrichAsync(HttpContext httpContext, ExecutionOptions options, CancellationToken cancellationToken);
}

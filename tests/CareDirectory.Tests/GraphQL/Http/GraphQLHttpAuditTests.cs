using CareDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>
/// Runs the graphql-http npm audit suite against the transport (with its small test schema) on a real Kestrel
/// socket. Needs node and <c>npm ci --prefix .ci</c>; without them the test is reported as skipped.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [RequiresGraphQLHttpAuditFact]
    public async Task GraphQLHttpServerAuditHasNoMustOrShouldFailures()
    {
        await using var host = await TransportTestHost.StartAsync(kestrel: true);
        await GraphQLHttpAudit.AssertNoMustOrShouldFailuresAsync(host.Endpoint, output);
    }
}

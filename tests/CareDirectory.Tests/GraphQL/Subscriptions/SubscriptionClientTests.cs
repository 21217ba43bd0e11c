using CareDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareDirectory.Tests.GraphQL.Subscriptions;

/// <summary>
/// Subscriptions (#19) with the real npm clients against the real executable: <c>graphql-ws</c> over WebSocket
/// (county filter, <c>since:</c> replay exactly once, coalesced county page events, queries and mutations over the
/// socket), raw sockets for every graphql-transport-ws close code and limit, and <c>graphql-sse</c> over
/// Server-Sent Events. The scripts in .ci/ assert the behaviour and print each check.
/// </summary>
public sealed class SubscriptionClientTests(ITestOutputHelper output)
{
    [RequiresGraphQLHttpAuditFact]
    public async Task GraphQLWsSubscribersReceiveExactlyTheirCountysChangesAndReplayMissedOnesOnce()
    {
        await using var server = await RunningServer.StartAsync();
        var key = await server.CreateStateKeyAsync("subscriptions");

        var (exitCode, stdout) = await NodeScript.RunAsync("graphql-ws-subscriptions.mjs", output, server.GraphQL.ToString(), server.GraphQL.ToString(), key);

        Assert.Contains("graphql-ws subscriptions: OK", stdout, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    [RequiresGraphQLHttpAuditFact]
    public async Task ProtocolErrorsAndLimitsCloseWithTheCodesOfGraphQLTransportWs()
    {
        await using var server = await RunningServer.StartAsync(
            "--Subscriptions:ConnectionInitTimeout=00:00:01",
            "--Subscriptions:MaxOpenPerCaller=2",
            "--Subscriptions:MaxReplay=5",
            "--Subscriptions:MaxWaitingChanges=1",
            "--Subscriptions:IdleTimeout=00:00:02");
        var key = await server.CreateStateKeyAsync("subscriptions");

        var (exitCode, stdout) = await NodeScript.RunAsync("graphql-ws-close-codes.mjs", output, server.GraphQL.ToString(), key);

        Assert.Contains("graphql-ws close codes: OK", stdout, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    [RequiresGraphQLHttpAuditFact]
    public async Task GraphQLSseStreamsQueriesAndFilteredSubscriptionsInDistinctConnectionsMode()
    {
        await using var server = await RunningServer.StartAsync();
        var key = await server.CreateStateKeyAsync("subscriptions");

        var (exitCode, stdout) = await NodeScript.RunAsync("graphql-sse-subscriptions.mjs", output, server.GraphQL.ToString(), key);

        Assert.Contains("graphql-sse subscriptions: OK", stdout, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }
}

using CareDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareDirectory.Tests.ScaleOut;

/// <summary>
/// Subscriptions across processes (#19): a <c>graphql-ws</c> subscriber on one API process receives the writes made
/// through another process on the same PostgreSQL database, filtered by county and replayed with <c>since:</c>
/// exactly once, because every process follows the shared change log.
/// </summary>
public sealed class ScaledOutSubscriptionTests(ReplicaSet replicas, ITestOutputHelper output) : IClassFixture<ReplicaSet>
{
    [RequiresPostgresAndNpmClientsFact]
    public async Task ASubscriberOnOneProcessReceivesTheWritesMadeThroughAnother()
    {
        await replicas.EnsureServingAsync();

        var (exitCode, stdout) = await NodeScript.RunAsync(
            "graphql-ws-subscriptions.mjs", output, replicas.Servers[0].GraphQL.ToString(), replicas.Servers[1].GraphQL.ToString(), replicas.AdminKey);

        Assert.Contains("graphql-ws subscriptions: OK", stdout, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }
}

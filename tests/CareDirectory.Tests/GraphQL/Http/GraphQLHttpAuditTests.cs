using System.Diagnostics;
using CareDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>
/// Runs the graphql-http npm audit suite (.ci/graphql-http-audit.mjs) against the transport on a real Kestrel
/// socket, as CI does. Needs node and <c>npm ci --prefix .ci</c>; without them the test is reported as skipped.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [RequiresGraphQLHttpAuditFact]
    public async Task GraphQLHttpServerAuditHasNoMustFailures()
    {
        var repository = FindRepositoryRoot();
        var script = Path.Combine(repository, ".ci", "graphql-http-audit.mjs");
        await using var host = await TransportTestHost.StartAsync(kestrel: true);
        using var node = Process.Start(new ProcessStartInfo("node", [script, host.Endpoint.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);

        Assert.Equal(0, node.ExitCode);
        Assert.Matches(@"MUST: [1-9]\d* passed, 0 failed", await stdout);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ".ci", "graphql-http-audit.mjs")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No .ci/graphql-http-audit.mjs above " + AppContext.BaseDirectory);
    }
}

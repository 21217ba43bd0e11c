using System.Diagnostics;
using Xunit.Abstractions;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>Runs the graphql-http npm server audit (.ci/graphql-http-audit.mjs) against a live endpoint.</summary>
public static class GraphQLHttpAudit
{
    public static async Task AssertNoMustFailuresAsync(Uri endpoint, ITestOutputHelper output)
    {
        using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.Root, ".ci", "graphql-http-audit.mjs"), endpoint.ToString()])
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
}

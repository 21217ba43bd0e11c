using Xunit.Abstractions;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>Runs the graphql-http npm server audit (.ci/graphql-http-audit.mjs) against a live endpoint.</summary>
public static class GraphQLHttpAudit
{
    public static async Task AssertNoMustOrShouldFailuresAsync(Uri endpoint, ITestOutputHelper output)
    {
        var (exitCode, stdout) = await NodeScript.RunAsync("graphql-http-audit.mjs", output, endpoint.ToString());
        Assert.Equal(0, exitCode);
        Assert.Matches(@"MUST: [1-9]\d* passed, 0 failed", stdout);
        Assert.Matches(@"SHOULD: [1-9]\d* passed, 0 failed", stdout);
    }
}

using System.Diagnostics;
using CareDirectory.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareDirectory.Tests.GraphQL;

/// <summary>The real server on a real socket: the external GraphQL-over-HTTP audit and GraphiQL in a real browser.</summary>
public sealed class RealServerTests(ITestOutputHelper output)
{
    [RequiresGraphQLHttpAuditFact]
    public async Task TheLiveServerPassesEveryMustAuditOfGraphQLHttp()
    {
        await using var server = await RunningServer.StartAsync();
        using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.Root, ".ci", "graphql-http-audit.mjs"), server.GraphQL.ToString()])
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

    [RequiresChromiumFact]
    public async Task GraphiQLRunsTheCountyPageQueryInChromium()
    {
        await using var server = await RunningServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = RequiresChromiumFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(server.GraphQL.ToString());
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await page.Locator(".result-window", new() { HasText = "\"fips\": \"34003\"" }).WaitForAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "caredirectory-graphiql.png") });

        Assert.All(requested, url => Assert.StartsWith(server.Address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
    }
}

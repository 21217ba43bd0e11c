using CareDirectory.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>
/// GraphiQL really loads and runs a query in headless Chromium (Debian's <c>chromium</c>: Playwright's own
/// browser download cannot work here), fetching nothing from outside the server.
/// </summary>
public sealed class GraphiQLBrowserTests
{
    private const string Chromium = RequiresChromiumFactAttribute.Chromium;

    [RequiresChromiumFact]
    public async Task GraphiQLLoadsInChromiumAndRunsTheDefaultQueryFromLocalAssetsOnly()
    {
        await using var host = await TransportTestHost.StartAsync(
            new Dictionary<string, string?> { ["GraphQL:GraphiQLDefaultQuery"] = "{ hello }" },
            kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(host.Endpoint.ToString());
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await page.Locator(".result-window", new() { HasText = "world" }).WaitForAsync();

        Assert.Contains(requested, url => url.EndsWith("/graphql/graphiql/graphiql.min.js?v=3.9.0", StringComparison.Ordinal));
        Assert.All(requested, url => Assert.StartsWith(host.Endpoint.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
    }
}

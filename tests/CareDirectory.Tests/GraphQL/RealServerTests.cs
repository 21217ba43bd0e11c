using CareDirectory.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareDirectory.Tests.GraphQL;

/// <summary>The real server on a real socket: the external GraphQL-over-HTTP audit and GraphiQL in a real browser.</summary>
public sealed class RealServerTests(ITestOutputHelper output)
{
    [RequiresGraphQLHttpAuditFact]
    public async Task TheLiveServerPassesEveryMustAndShouldAuditOfGraphQLHttp()
    {
        await using var server = await RunningServer.StartAsync();
        await GraphQLHttpAudit.AssertNoMustOrShouldFailuresAsync(server.GraphQL, output);
    }

    [RequiresGraphQLHttpAuditFact]
    public async Task GraphQLJsIntrospectsTheLiveServerWithEveryOptionAndFindsNoBreakingChangeEitherWay()
    {
        await using var server = await RunningServer.StartAsync();
        var (exitCode, stdout) = await NodeScript.RunAsync(
            "graphql-js-introspection.mjs", output, server.GraphQL.ToString(), Path.Combine(RepositoryPaths.Schema, "schema.graphql"));
        Assert.Contains("published -> live: 0 breaking changes", stdout, StringComparison.Ordinal);
        Assert.Contains("live -> published: 0 breaking changes", stdout, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    [RequiresGraphQLHttpAuditFact]
    public async Task ApolloClientPersistedQueryLinkRegistersThenSendsHashesAloneOverPostAndGet()
    {
        await using var server = await RunningServer.StartAsync();
        var (exitCode, stdout) = await NodeScript.RunAsync("apollo-persisted-queries.mjs", output, server.GraphQL.ToString());
        Assert.Contains("apollo persisted queries: OK", stdout, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    [RequiresGraphQLHttpAuditFact]
    public async Task ApolloInMemoryCacheKeepsEveryChangeOfARecordAndReadsMutationPayloadsAndErrorUnions()
    {
        await using var server = await RunningServer.StartAsync();
        var key = await server.CreateStateKeyAsync("apollo cache test");

        var (exitCode, stdout) = await NodeScript.RunAsync("apollo-cache.mjs", output, server.GraphQL.ToString(), key);

        Assert.Contains("apollo cache: OK", stdout, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    /// <summary>
    /// Apollo Client's <c>relayStylePagination</c> pages a list over our keyset cursors while another client adds and
    /// archives records between pages: the list merged in <c>InMemoryCache</c> skips and repeats nothing (#15).
    /// </summary>
    [RequiresGraphQLHttpAuditFact]
    public async Task ApolloRelayStylePaginationSkipsAndRepeatsNothingWhileAnotherClientWrites()
    {
        await using var server = await RunningServer.StartAsync();
        var key = await server.CreateStateKeyAsync("apollo pagination");

        var (exitCode, stdout) = await NodeScript.RunAsync("apollo-relay-pagination.mjs", output, server.GraphQL.ToString(), key);

        Assert.Contains("apollo relay pagination: OK", stdout, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task ShippedSettingsApplyWhenRunFromTheRepositoryRoot()
    {
        // RunningServer starts the executable in the repository root, as `dotnet run --project src/CareDirectory` does:
        // appsettings.json is not in that folder, so the copy shipped next to the executable must be read.
        await using var server = await RunningServer.StartAsync();
        using var http = new HttpClient();
        using var response = await http.PostAsync(server.GraphQL, new StringContent("""{"query":"{ states { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"limit\":20000", body, StringComparison.Ordinal);

        // The cost limit's and GraphiQL's first tab's one defaults are the options class's; the shipped file's own
        // setting is EF Core's log level (Warning), without which migrating and seeding log every SQL command.
        Assert.Contains(server.StartupLog, line => line.Contains("Now listening on", StringComparison.Ordinal));
        Assert.DoesNotContain(server.StartupLog, line => line.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        using var page = new HttpRequestMessage(HttpMethod.Get, server.GraphQL) { Headers = { { "Accept", "text/html" } } };
        using var html = await http.SendAsync(page);
        Assert.Contains("# The county page in one request", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheShippedLogLevelsMigratingAndSeedingLogTheirSqlCommands()
    {
        // The counter-check that makes the test above able to fail: EF Core at Information writes its commands at start-up.
        await using var server = await RunningServer.StartAsync("--Logging:LogLevel:Microsoft.EntityFrameworkCore=Information");
        Assert.Contains(server.StartupLog, line => line.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
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
        var failed = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        // A browser asks for /favicon.ico unless the page names an icon; the page names an empty one, so nothing 404s.
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add($"{response.Status} {response.Url}"); };

        await page.GotoAsync(server.GraphQL.ToString());
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await page.Locator(".result-window", new() { HasText = "\"fips\": \"34003\"" }).WaitForAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "caredirectory-graphiql.png") });

        Assert.All(requested, url => Assert.StartsWith(server.Address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
        Assert.Empty(failed);
    }
}

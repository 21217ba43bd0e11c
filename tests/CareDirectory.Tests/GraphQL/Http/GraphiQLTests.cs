namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>The GraphiQL page for browsers and its vendored (never CDN) assets.</summary>
public sealed class GraphiQLTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task BrowserGetsGraphiQLWithLocalAssetsAndTheCountyPageQuery()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync("", BrowserAccept);

        Assert.Equal((200, "text/html; charset=utf-8"), (response.Status, response.ContentType));
        Assert.Contains("""<script src="/graphql/graphiql/graphiql.min.js?v=3.9.0"></script>""", response.Body, StringComparison.Ordinal);
        Assert.Contains("""<link rel="stylesheet" href="/graphql/graphiql/graphiql.min.css?v=3.9.0">""", response.Body, StringComparison.Ordinal);
        Assert.Contains("""GraphiQL.createFetcher({ url: "/graphql", subscriptionUrl: subscriptionUrl.href })""", response.Body, StringComparison.Ordinal);
        Assert.Contains("""subscriptionUrl.protocol = 'ws' + location.protocol.slice(4);""", response.Body, StringComparison.Ordinal);
        Assert.Contains("""query CountyPage {\n  county(state: \u0022NJ\u0022, slug: \u0022bergen\u0022) {""", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("http", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ApiClientNamingJsonGetsJsonEvenWhenItAlsoAcceptsHtml()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync("query=%7B%20hello%20%7D", "text/html, application/json");
        Assert.Equal((200, MediaTypes.Json), (response.Status, response.ContentType));
    }

    [Fact]
    public async Task DefaultQueryIsConfigurableAndCannotBreakOutOfTheScript()
    {
        await using var host = await TransportTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:GraphiQLDefaultQuery"] = "{ hello } </script><script>alert(1)</script>" });
        var response = await host.GetAsync("", BrowserAccept);
        Assert.Contains("""defaultQuery: "{ hello } \u003C/script\u003E\u003Cscript\u003Ealert(1)\u003C/script\u003E",""", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphiql.min.js", "text/javascript; charset=utf-8", 977984)]
    [InlineData("graphiql.min.css", "text/css; charset=utf-8", 410559)]
    [InlineData("react.production.min.js", "text/javascript; charset=utf-8", 10751)]
    [InlineData("react-dom.production.min.js", "text/javascript; charset=utf-8", 131835)]
    [InlineData("LICENSE.graphiql", "text/plain; charset=utf-8", 1077)]
    [InlineData("LICENSE.react", "text/plain; charset=utf-8", 1086)]
    public async Task AssetsAreServedWithTheirContentTypes(string file, string contentType, int length)
    {
        await using var host = await TransportTestHost.StartAsync();
        using var response = await host.Client.GetAsync(new Uri("/graphql/graphiql/" + file, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(
            (200, contentType, length, "public, max-age=604800", "nosniff"),
            ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body.Length, response.Headers.CacheControl?.ToString(), string.Join(",", response.Headers.GetValues("X-Content-Type-Options"))));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("nope.js")]
    public async Task UnknownAssetsAre404(string file)
    {
        await using var host = await TransportTestHost.StartAsync();
        using var response = await host.Client.GetAsync(new Uri("/graphql/graphiql/" + file, UriKind.Relative));
        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task DisabledGraphiQLLeavesBrowsersWith406AndNoAssets()
    {
        await using var host = await TransportTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:EnableGraphiQL"] = "false" });
        var page = await host.GetAsync("", "text/html");
        using var asset = await host.Client.GetAsync(new Uri("/graphql/graphiql/graphiql.min.js", UriKind.Relative));
        Assert.Equal((406, 404), (page.Status, (int)asset.StatusCode));
    }
}

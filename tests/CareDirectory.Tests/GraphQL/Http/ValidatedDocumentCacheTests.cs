using CareDirectory.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>
/// Repeated documents skip parsing and the spec rules; everything that depends on the request (variables, cost,
/// errors) is still decided per request, and only documents that passed validation are kept.
/// </summary>
public sealed class ValidatedDocumentCacheTests
{
    private const string Echo = "query Echo($text: String!) { echo(text: $text) }";
    private const string Items = "query Items($n: Int) { items(first: $n) { name } }";

    [Fact]
    public async Task RepeatedDocumentIsKeptOnceAndAnswersWithEachRequestsVariables()
    {
        await using var host = await TransportTestHost.StartAsync();

        var first = await host.PostAsync(Body(Echo, new { text = "first" }));
        var second = await host.PostAsync(Body(Echo, new { text = "second" }));

        Assert.Equal("""{"data":{"echo":"first"},"extensions":{"cost":{"requested":1,"limit":20000}}}""", first.Body);
        Assert.Equal("""{"data":{"echo":"second"},"extensions":{"cost":{"requested":1,"limit":20000}}}""", second.Body);
        Assert.Equal(1, Cache(host).Count);
    }

    [Fact]
    public async Task CostLimitAppliesToACachedDocumentWithEachRequestsVariables()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("MaxCost", "100"));

        var small = await host.PostAsync(Body(Items, new { n = 2 }));
        var large = await host.PostAsync(Body(Items, new { n = 500 }));
        var smallAgain = await host.PostAsync(Body(Items, new { n = 1 }));

        Assert.Equal((200, 1), (small.Status, Cache(host).Count));
        Assert.Equal(
            (400, """{"errors":[{"message":"The operation has an estimated cost of at least 500; the limit is 100. Ask for smaller pages (first/last) or fewer nested lists.","extensions":{"code":"MAX_COST_EXCEEDED"}}],"extensions":{"cost":{"requested":500,"limit":100}}}"""),
            (large.Status, large.Body));
        Assert.Equal("""{"data":{"items":[{"name":"item 1"}]},"extensions":{"cost":{"requested":2,"limit":100}}}""", smallAgain.Body);
    }

    [Fact]
    public async Task BadVariablesForACachedDocumentStillFail()
    {
        await using var host = await TransportTestHost.StartAsync();
        await host.PostAsync(Body(Echo, new { text = "ok" }));

        var response = await host.PostAsync("""{"query":"query Echo($text: String!) { echo(text: $text) }","variables":{"text":null}}""");

        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"INVALID_VARIABLES\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidDocumentIsNeverKeptAndFailsEveryTime()
    {
        await using var host = await TransportTestHost.StartAsync();

        var first = await host.PostAsync(Body("{ nope }", null));
        var second = await host.PostAsync(Body("{ nope }", null));

        Assert.Equal((400, first.Body), (second.Status, second.Body));
        Assert.Contains("\"code\":\"GRAPHQL_VALIDATION_FAILED\"", second.Body, StringComparison.Ordinal);
        Assert.Equal(0, Cache(host).Count);
    }

    [Fact]
    public async Task CachedDocumentNamingAnUnknownOperationStillFails()
    {
        await using var host = await TransportTestHost.StartAsync();
        await host.PostAsync(Body(Echo, new { text = "ok" }));

        var response = await host.PostAsync(System.Text.Json.JsonSerializer.Serialize(new { query = Echo, operationName = "Other", variables = new { text = "ok" } }));

        Assert.Contains("\"errors\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecutionErrorsAreNotCarriedToTheNextRequest()
    {
        await using var host = await TransportTestHost.StartAsync();
        const string document = "query Maybe($fail: Boolean!) { hello fail @include(if: $fail) }";

        var failing = await host.PostAsync(Body(document, new { fail = true }));
        var passing = await host.PostAsync(Body(document, new { fail = false }));

        Assert.Contains("\"errors\"", failing.Body, StringComparison.Ordinal);
        // The cost counts fields whether or not @include keeps them.
        Assert.Equal("""{"data":{"hello":"world"},"extensions":{"cost":{"requested":2,"limit":20000}}}""", passing.Body);
    }

    [Fact]
    public async Task PersistedDocumentSharesTheEntryOfTheSameText()
    {
        await using var host = await TransportTestHost.StartAsync();
        const string hello = "query Hello { hello }\n";
        var id = host.Services.GetRequiredService<PersistedDocumentStore>().Add(hello);

        var byText = await host.PostAsync(Body(hello, null));
        var byId = await host.PostAsync($$$"""{"documentId":"{{{id}}}"}""");

        Assert.Equal(byText.Body, byId.Body);
        Assert.Equal(1, Cache(host).Count);
    }

    [Fact]
    public async Task CacheCanBeTurnedOff()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("DocumentCacheEntries", "0"));

        var response = await host.PostAsync(Body(Echo, new { text = "uncached" }));

        Assert.Equal("""{"data":{"echo":"uncached"},"extensions":{"cost":{"requested":1,"limit":20000}}}""", response.Body);
        Assert.Equal(0, Cache(host).Count);
    }

    private static ValidatedDocumentCache Cache(TransportTestHost host) => host.Services.GetRequiredService<ValidatedDocumentCache>();

    private static Dictionary<string, string?> Settings(string name, string value) => new() { ["GraphQL:" + name] = value };

    private static string Body(string query, object? variables) => System.Text.Json.JsonSerializer.Serialize(new { query, variables });
}

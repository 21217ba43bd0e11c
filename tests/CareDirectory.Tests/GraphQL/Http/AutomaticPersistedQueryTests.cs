using CareDirectory.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>
/// Apollo's Automatic Persisted Queries (<c>extensions.persistedQuery</c>) and HotChocolate's <c>id</c>: what a client
/// may register, what it must not, and that the store stays bounded. The Apollo Client run is in RealServerTests.
/// </summary>
public sealed class AutomaticPersistedQueryTests
{
    private const string Echo = "{ echo(text: \"apq\") }";

    private static string Hash(string document) => PersistedDocumentStore.IdOf(document)[PersistedDocumentStore.Prefix.Length..];

    private static string Body(string? query, string hash) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["extensions"] = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });

    [Fact]
    public async Task UnknownHashIsPersistedQueryNotFoundThenTheQueryRegistersIt()
    {
        await using var host = await TransportTestHost.StartAsync();
        var unknown = await host.PostAsync(Body(null, Hash(Echo)));
        Assert.Equal(
            (400, """{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}],"extensions":{"cost":{"requested":0,"limit":20000}}}"""),
            (unknown.Status, unknown.Body));

        var registering = await host.PostAsync(Body(Echo, Hash(Echo)));
        var hashOnly = await host.PostAsync(Body(null, Hash(Echo)));
        var overGet = await host.GetAsync("extensions=" + Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{Hash(Echo)}}}"}}"""));
        Assert.Equal((200, 200, 200), (registering.Status, hashOnly.Status, overGet.Status));
        Assert.Equal("""{"data":{"echo":"apq"},"extensions":{"cost":{"requested":1,"limit":20000}}}""", hashOnly.Body);
        Assert.Equal(hashOnly.Body, overGet.Body);
    }

    [Fact]
    public async Task AHashThatIsNotTheQuerysIsRefusedAndNothingIsRegistered()
    {
        await using var host = await TransportTestHost.StartAsync();
        var wrong = Hash("{ hello }");
        var response = await host.PostAsync(Body(Echo, wrong));
        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"PERSISTED_QUERY_HASH_MISMATCH\"", response.Body, StringComparison.Ordinal);
        Assert.Contains(Hash(Echo), response.Body, StringComparison.Ordinal);

        var later = await host.PostAsync(Body(null, wrong));
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", later.Body, StringComparison.Ordinal);
        Assert.Equal(0, host.Services.GetRequiredService<AutomaticPersistedQueries>().Count);
    }

    [Fact]
    public async Task ADocumentThatFailsValidationIsNotRegistered()
    {
        await using var host = await TransportTestHost.StartAsync();
        const string Invalid = "{ nope }";
        var response = await host.PostAsync(Body(Invalid, Hash(Invalid)));
        Assert.Equal(400, response.Status);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", response.Body, StringComparison.Ordinal);
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", (await host.PostAsync(Body(null, Hash(Invalid)))).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowListModeRefusesRegistration()
    {
        await using var host = await TransportTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:PersistedDocumentsOnly"] = "true" });
        var response = await host.PostAsync(Body(Echo, Hash(Echo)));
        Assert.Equal(
            (400, """{"errors":[{"message":"This server runs persisted documents only: Automatic Persisted Queries cannot register documents here.","extensions":{"code":"PERSISTED_DOCUMENT_REQUIRED"}}],"extensions":{"cost":{"requested":0,"limit":20000}}}"""),
            (response.Status, response.Body));
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", (await host.PostAsync(Body(null, Hash(Echo)))).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStoreKeepsOnlyTheMostRecentlyUsedDocuments()
    {
        await using var host = await TransportTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:AutomaticPersistedQueryEntries"] = "2" });
        string[] documents = ["{ echo(text: \"1\") }", "{ echo(text: \"2\") }", "{ echo(text: \"3\") }"];
        foreach (var document in documents)
        {
            Assert.Equal(200, (await host.PostAsync(Body(document, Hash(document)))).Status);
        }

        Assert.Equal(2, host.Services.GetRequiredService<AutomaticPersistedQueries>().Count);
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", (await host.PostAsync(Body(null, Hash(documents[0])))).Body, StringComparison.Ordinal);
        Assert.Equal(200, (await host.PostAsync(Body(null, Hash(documents[2])))).Status);
    }

    [Theory]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"xyz"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"abc"}}""")]
    [InlineData("""{"documentId":"sha256:00","id":"sha256:11"}""")]
    [InlineData("""{"documentId":"sha256:00","query":"{ hello }"}""")]
    public async Task MalformedPersistedRequestsAreInvalidRequest(string body)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(body);
        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"INVALID_REQUEST\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HotChocolateIdRunsATrustedDocumentByItsBareHashOverPostAndGet()
    {
        await using var host = await TransportTestHost.StartAsync();
        var id = host.Services.GetRequiredService<PersistedDocumentStore>().Add(Echo);
        var post = await host.PostAsync($$$"""{"id":"{{{Hash(Echo)}}}"}""");
        var get = await host.GetAsync("id=" + id);
        Assert.Equal("""{"data":{"echo":"apq"},"extensions":{"cost":{"requested":1,"limit":20000}}}""", post.Body);
        Assert.Equal(post.Body, get.Body);
    }
}

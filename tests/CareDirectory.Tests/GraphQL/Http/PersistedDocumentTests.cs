using CareDirectory.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>Persisted documents by <c>documentId</c> (and Apollo's persistedQuery hash), from a folder or added in memory.</summary>
public sealed class PersistedDocumentTests : IDisposable
{
    private const string HelloDocument = "query Hello { hello }\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("persisted-documents-").FullName;

    public PersistedDocumentTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "county"));
        File.WriteAllText(Path.Combine(_folder, "county", "hello.graphql"), HelloDocument);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a document");
    }

    [Fact]
    public void IdIsTheSha256OfTheDocumentText() =>
        Assert.Equal("sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", PersistedDocumentStore.IdOf("hello"));

    [Fact]
    public async Task DocumentFromTheFolderRunsByDocumentId()
    {
        await using var host = await StartAsync();
        var response = await host.PostAsync($$$"""{"documentId":"{{{PersistedDocumentStore.IdOf(HelloDocument)}}}"}""");
        Assert.Equal((200, """{"data":{"hello":"world"},""" + MediaTypes.HelloCost + "}"), (response.Status, response.Body));
    }

    [Fact]
    public async Task DocumentRunsByApolloPersistedQueryHashAndOverGet()
    {
        await using var host = await StartAsync();
        var hash = PersistedDocumentStore.IdOf(HelloDocument)["sha256:".Length..];
        var post = await host.PostAsync($$$$"""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{{hash}}}}"}}}""");
        var get = await host.GetAsync("documentId=sha256:" + hash);
        Assert.Equal((200, 200), (post.Status, get.Status));
        Assert.Equal(post.Body, get.Body);
    }

    [Fact]
    public async Task DocumentAddedInMemoryRuns()
    {
        await using var host = await StartAsync();
        var id = host.Services.GetRequiredService<PersistedDocumentStore>().Add("{ echo(text: \"stored\") }");
        var response = await host.PostAsync($$$"""{"documentId":"{{{id}}}"}""");
        Assert.Equal("""{"data":{"echo":"stored"},"extensions":{"cost":{"requested":1,"limit":20000}}}""", response.Body);
    }

    [Fact]
    public async Task UnknownDocumentIdIs400()
    {
        await using var host = await StartAsync();
        var response = await host.PostAsync("""{"documentId":"sha256:0000"}""");
        Assert.Equal(
            (400, """{"errors":[{"message":"No persisted document has the id 'sha256:0000'.","extensions":{"code":"PERSISTED_DOCUMENT_NOT_FOUND"}}],"extensions":{"cost":{"requested":0,"limit":20000}}}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task PersistedDocumentsOnlyRefusesQueryText()
    {
        await using var host = await StartAsync(persistedOnly: true);
        var response = await host.PostAsync("""{"query":"{ hello }"}""");
        Assert.Equal(
            (400, """{"errors":[{"message":"This server runs persisted documents only: send 'documentId' instead of 'query'.","extensions":{"code":"PERSISTED_DOCUMENT_REQUIRED"}}],"extensions":{"cost":{"requested":0,"limit":20000}}}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task PersistedDocumentsOnlyStillRunsPersistedDocuments()
    {
        await using var host = await StartAsync(persistedOnly: true);
        var response = await host.PostAsync($$$"""{"documentId":"{{{PersistedDocumentStore.IdOf(HelloDocument)}}}"}""");
        Assert.Equal(200, response.Status);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<TransportTestHost> StartAsync(bool persistedOnly = false) =>
        TransportTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:PersistedDocumentsPath"] = _folder,
            ["GraphQL:PersistedDocumentsOnly"] = persistedOnly ? "true" : "false",
        });
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Caching;

/// <summary>
/// HTTP caching of <c>/graphql</c> GETs (#21): ETag and If-None-Match (304 without executing while the data is
/// unchanged, 200 with a new tag after a write), Cache-Control per case (anonymous, keyed, errors, a field's
/// <c>@cacheControl</c> hint, the configured max-age), Vary, and persisted documents over GET.
/// </summary>
public sealed class HttpCachingTests
{
    private const string PartnerNames = "query PartnerNames { county(state: \"NJ\", slug: \"bergen\") { partners(first: 20) { nodes { id name version } } } }";

    [Fact]
    public async Task IfNoneMatchWithTheCurrentTagIsAnswered304WithoutExecuting()
    {
        using var app = await SettledApp.StartAsync();
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var client = new CacheClient(app.Factory.CreateClient());

        var first = await client.GetAsync(PartnerNames);
        var revalidated = await client.GetAsync(PartnerNames, ifNoneMatch: first.ETag);
        var otherTag = await client.GetAsync(PartnerNames, ifNoneMatch: "\"something-else\"");
        var any = await client.GetAsync(PartnerNames, ifNoneMatch: "*");

        Assert.NotNull(first.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.Status);
        Assert.Equal("", revalidated.Body);
        Assert.Equal(first.ETag, revalidated.ETag);
        Assert.Equal(first.CacheControl, revalidated.CacheControl);
        Assert.Equal((HttpStatusCode.OK, first.Body), (otherTag.Status, otherTag.Body));
        Assert.Equal(HttpStatusCode.NotModified, any.Status);

        // One execution: the 304s and the 200 were all answered from the kept response.
        Assert.Equal((1, 3, 2), (counters.Misses, counters.Hits, counters.NotModified));
    }

    [Fact]
    public async Task AfterAWriteTheOldTagGetsTheNewAnswer()
    {
        using var app = await SettledApp.StartAsync();
        var client = new CacheClient(app.Factory.CreateClient());
        var admin = await app.KeyAsync("admin");
        var first = await client.GetAsync(PartnerNames);
        var partner = first.Json["data"]!["county"]!["partners"]!["nodes"]![0]!;

        await app.MutateAsync("updatePartner", "partner { name }", new { id = partner["id"]!.GetValue<string>(), version = partner["version"]!.GetValue<int>(), name = "Tag Changer" }, admin);
        var after = await client.GetAsync(PartnerNames, ifNoneMatch: first.ETag);

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Contains("Tag Changer", after.Body, StringComparison.Ordinal);
        Assert.NotEqual(first.ETag, after.ETag);
    }

    [Fact]
    public async Task EachKindOfAnswerSaysWhoMayKeepItAndForHowLong()
    {
        using var app = await SettledApp.StartAsync(("GraphQL:ResponseCache:PublicMaxAge", "00:05:00"));
        var client = new CacheClient(app.Factory.CreateClient());
        var admin = await app.KeyAsync("admin");

        var anonymous = await client.GetAsync(PartnerNames);
        Assert.Equal("public, max-age=300", anonymous.CacheControl);
        Assert.Equal("Accept, Authorization", anonymous.Vary);

        // Upcoming occurrences move with the clock: their @cacheControl(maxAge: 60) shortens the whole answer's life.
        var occurrences = await client.GetAsync("{ county(state: \"NJ\", slug: \"bergen\") { name upcomingMeetings(days: 400) { start meeting { title } } } }");
        Assert.False(occurrences.HasErrors, occurrences.Body);
        Assert.Equal("public, max-age=60", occurrences.CacheControl);

        var keyed = await client.GetAsync(PartnerNames, key: admin);
        Assert.Equal(("private, no-store", null), (keyed.CacheControl, keyed.ETag));

        var error = await client.GetAsync("{ county(state: \"NJ\", slug: \"atlantis\") { name } }");
        Assert.Equal(("no-store", null), (error.CacheControl, error.ETag));

        // POST answers are not HTTP-cacheable: no tag to revalidate.
        var posted = await client.PostAsync(PartnerNames);
        Assert.Equal((HttpStatusCode.OK, null, null), (posted.Status, posted.ETag, posted.CacheControl));
    }

    [Fact]
    public async Task APersistedDocumentOverGetIsTaggedAndRevalidated()
    {
        using var app = await SettledApp.StartAsync();
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var http = app.Factory.CreateClient();
        var id = global::CareDirectory.GraphQL.Execution.PersistedDocumentStore.IdOf(PartnerNames);
        app.Factory.Services.GetRequiredService<global::CareDirectory.GraphQL.Execution.PersistedDocumentStore>().Add(PartnerNames);

        using var first = await SendAsync(http, $"/graphql?documentId={Uri.EscapeDataString(id)}", null);
        using var second = await SendAsync(http, $"/graphql?documentId={Uri.EscapeDataString(id)}", first.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal((1, 1), (counters.Misses, counters.Hits));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string url, string? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await http.SendAsync(request);
    }
}

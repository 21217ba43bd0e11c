using System.Net;

namespace CareDirectory.Tests.GraphQL.Caching;

/// <summary>
/// The response cache of <c>/graphql</c> (#21) on a fresh seeded application each test, observed through its metrics:
/// repeats are answered from memory, a committed write makes older answers unusable before the writer's next read,
/// answers with errors, mutations and keyed requests are never kept or served, and the byte budget evicts.
/// </summary>
public sealed class ResponseCacheTests
{
    private const string PartnerNames = "query PartnerNames { county(state: \"NJ\", slug: \"bergen\") { partners(first: 20) { nodes { id name version } } } }";

    [Fact]
    public async Task ARepeatedAnonymousQueryIsAnsweredFromTheCacheWithTheSameBytes()
    {
        using var app = await SettledApp.StartAsync();
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var client = new CacheClient(app.Factory.CreateClient());

        var first = await client.PostAsync(PartnerNames);
        var second = await client.PostAsync(PartnerNames);
        var asGet = await client.GetAsync(PartnerNames);

        Assert.False(first.HasErrors, first.Body);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Body, asGet.Body);
        Assert.Equal((1, 2), (counters.Misses, counters.Hits));
        Assert.True(counters.Bytes > first.Body.Length, $"{counters.Bytes} bytes kept");
    }

    [Fact]
    public async Task AWritersNextReadSeesItsWrite()
    {
        using var app = await SettledApp.StartAsync();
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var client = new CacheClient(app.Factory.CreateClient());
        var admin = await app.KeyAsync("admin");

        for (var round = 0; round < 5; round++)
        {
            var before = (await client.GetAsync(PartnerNames)).Json["data"]!["county"]!["partners"]!["nodes"]![0]!;
            var name = $"Renamed partner {round}";
            var payload = await app.MutateAsync("updatePartner", "partner { name }", new { id = before["id"]!.GetValue<string>(), version = before["version"]!.GetValue<int>(), name }, admin);
            Assert.True(payload["errors"] is null, payload.ToJsonString());

            // At once, by the same anonymous query the cache answered a moment ago (no waiting for the follower's poll),
            // and never from the cache: the write ended every answer kept before it.
            var hitsBefore = counters.Hits;
            var after = await client.GetAsync(PartnerNames);
            Assert.Contains(after.Json["data"]!["county"]!["partners"]!["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == name);
            Assert.Equal(hitsBefore, counters.Hits);
        }

        // A round's first read is answered from the previous round's last unless the search index's position moved in
        // between (it follows the write a little later, later still on a loaded machine): at most those four hits.
        Assert.Equal(10, counters.Misses + counters.Hits);
        Assert.InRange(counters.Hits, 0, 4);
    }

    [Fact]
    public async Task ACommitThatBypassesThisProcessEndsOlderAnswersOnceTheFollowerSeesIt()
    {
        using var app = await SettledApp.StartAsync();
        var client = new CacheClient(app.Factory.CreateClient());
        var cached = await client.GetAsync(PartnerNames);
        Assert.Equal(cached.Body, (await client.GetAsync(PartnerNames)).Body);

        // A write through the database itself, as another process's would be: it appends to the change log.
        await app.ReadAsync(async db =>
        {
            var partner = db.Partners.Single(p => p.Key == "nj/bergen/fso");
            partner.Name = "Written elsewhere";
            return await db.SaveChangesAsync();
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(await client.GetAsync(PartnerNames)).Body.Contains("Written elsewhere", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the cached answer outlived the change the follower must see within a poll interval");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task AnswersWithErrorsAreNeverKept()
    {
        using var app = await SettledApp.StartAsync();
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var client = new CacheClient(app.Factory.CreateClient());
        const string Unknown = "{ county(state: \"NJ\", slug: \"atlantis\") { name } }";

        var first = await client.GetAsync(Unknown);
        var second = await client.GetAsync(Unknown);

        Assert.True(first.HasErrors && second.HasErrors, first.Body);
        Assert.Equal("no-store", second.CacheControl);
        Assert.Null(second.ETag);
        Assert.Equal((2, 0), (counters.Misses, counters.Hits));
    }

    [Fact]
    public async Task MutationsAreNeverAnsweredFromTheCache()
    {
        using var app = await SettledApp.StartAsync();
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var client = new CacheClient(app.Factory.CreateClient());
        var admin = await app.KeyAsync("admin");
        const string Create = "mutation { createPartner(input: { state: \"NJ\", name: \"Twice Made\", serviceAreas: [{ kind: COUNTY, code: \"34003\" }] }) { partner { id } } }";

        var first = await client.PostAsync(Create, key: admin);
        var second = await client.PostAsync(Create, key: admin);

        Assert.NotEqual(first.Json["data"]!["createPartner"]!["partner"]!["id"]!.ToString(), second.Json["data"]!["createPartner"]!["partner"]!["id"]!.ToString());
        Assert.Equal(0, counters.Hits);
    }

    [Fact]
    public async Task KeyedAndAnonymousAnswersNeverMix()
    {
        using var app = await SettledApp.StartAsync();
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var client = new CacheClient(app.Factory.CreateClient());
        var admin = await app.KeyAsync("admin");

        // Keyed first: executed, not kept, so the anonymous request after it executes too.
        var keyed = await client.GetAsync(PartnerNames, key: admin);
        var anonymous = await client.GetAsync(PartnerNames);
        Assert.Equal((1, 0), (counters.Misses, counters.Hits));

        // Anonymous kept: a keyed request is still not answered from it.
        var keyedAgain = await client.GetAsync(PartnerNames, key: admin);
        Assert.Equal((1, 0), (counters.Misses, counters.Hits));
        Assert.Equal("private, no-store", keyed.CacheControl);
        Assert.Equal("private, no-store", keyedAgain.CacheControl);
        Assert.Null(keyedAgain.ETag);
        Assert.StartsWith("public", anonymous.CacheControl, StringComparison.Ordinal);

        // A key that is no longer valid is refused on its next request, however often the same query was answered.
        var bad = await client.GetAsync("{ auditLog(first: 1) { totalCount } }", key: "not-a-key");
        Assert.True(bad.HasErrors, bad.Body);
    }

    [Fact]
    public async Task TheByteBudgetEvictsTheLeastRecentlyUsed()
    {
        // Each answer is over 500 bytes (with its key and bookkeeping over 800): three cannot all stay in 2,500.
        using var app = await SettledApp.StartAsync(("GraphQL:ResponseCache:MaxBytes", "2500"));
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var client = new CacheClient(app.Factory.CreateClient());
        const string Page = "query Page($first: Int) { county(state: \"NJ\", slug: \"bergen\") { partners(first: $first) { nodes { name website provenance { source notes } } } } }";

        var sizes = new List<int>();
        foreach (var first in new[] { 4, 5, 6 })
        {
            sizes.Add((await client.PostAsync(Page, new { first })).Body.Length);
        }

        Assert.True(sizes.All(s => s > 500), string.Join(", ", sizes));
        Assert.True(counters.Evictions >= 1, $"{counters.Evictions} evictions");
        Assert.True(counters.Bytes <= 2_500, $"{counters.Bytes} bytes kept");

        // The most recent is kept, the first is gone.
        await client.PostAsync(Page, new { first = 6 });
        Assert.Equal(1, counters.Hits);
        await client.PostAsync(Page, new { first = 4 });
        Assert.Equal((1, 4), (counters.Hits, counters.Misses));
    }

    [Fact]
    public async Task TheCacheCanBeSwitchedOff()
    {
        using var app = await SettledApp.StartAsync(("GraphQL:ResponseCache:Enabled", "false"));
        using var counters = new ResponseCacheCounters(app.Factory.Services);
        var client = new CacheClient(app.Factory.CreateClient());

        var first = await client.GetAsync(PartnerNames);
        var second = await client.GetAsync(PartnerNames, ifNoneMatch: first.ETag);

        Assert.Equal(HttpStatusCode.NotModified, second.Status);
        Assert.Equal((0, 0, 1), (counters.Hits, counters.Misses, counters.NotModified));
    }
}

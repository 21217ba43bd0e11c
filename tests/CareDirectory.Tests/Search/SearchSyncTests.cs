using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Search;

/// <summary>
/// The index follows the database: records written through the DbContext (and so through the change log) appear
/// in and leave search once the background worker catches up; an outage of the index loses nothing.
/// Each test has its own application, database and index.
/// </summary>
public sealed class SearchSyncTests
{
    [Fact]
    public async Task APartnerAddedThroughTheDatabaseBecomesSearchable()
    {
        using var app = new DirectoryAppFactory();
        var search = new SearchClient(new GraphQLClient(app.CreateClient()));
        await search.IndexedAsync();

        await AddPartnerAsync(app, "nj/bergen/zephyr-respite", "Zephyr Respite Collective");

        var found = await search.EventuallyAsync(new { query = "zephyr" }, s => SearchClient.Keys(s).Contains("nj/bergen/zephyr-respite"), "the new partner is found");
        Assert.Equal("Zephyr Respite Collective", found["nodes"]![0]!["item"]!["name"]!.GetValue<string>());
        await search.EventuallyAsync(new { county = "34003", roles = new[] { "PROVIDER" } }, s => SearchClient.Keys(s).Contains("nj/bergen/zephyr-respite"), "it is filtered by county and role");
    }

    [Fact]
    public async Task AnArchivedProgramLeavesSearchAndAnEditIsSeen()
    {
        using var app = new DirectoryAppFactory();
        var search = new SearchClient(new GraphQLClient(app.CreateClient()));
        await search.IndexedAsync();
        Assert.Contains("nj/bergen/mrss", await search.KeysAsync(new { query = "mobile response" }));

        await using (var db = app.CreateDbContext())
        {
            var program = await db.Programs.SingleAsync(p => p.Key == "nj/bergen/mrss");
            program.ArchivedAt = program.LastModified = DateTimeOffset.UtcNow;
            program.Version++;
            var access = await db.Programs.SingleAsync(p => p.Key == "nj/csoc-access-line");
            access.Description += " Ask about the quokka line.";
            access.LastModified = DateTimeOffset.UtcNow;
            access.Version++;
            await db.SaveChangesAsync();
        }

        await search.EventuallyAsync(new { query = "mobile response", first = 50 }, s => !SearchClient.Keys(s).Contains("nj/bergen/mrss"), "the archived program is gone");
        await search.EventuallyAsync(new { query = "quokka" }, s => SearchClient.Keys(s).SequenceEqual(["nj/csoc-access-line"]), "the edit is searchable");
    }

    [Fact]
    public async Task APartnersNewRoleReachesItsPrograms()
    {
        using var app = new DirectoryAppFactory();
        var search = new SearchClient(new GraphQLClient(app.CreateClient()));
        await search.IndexedAsync();
        var filter = new { roles = new[] { "PROVIDER" }, kinds = new[] { "PROGRAM" }, state = "NJ" };
        Assert.DoesNotContain("nj/bergen/mrss", await search.KeysAsync(filter));

        await using (var db = app.CreateDbContext())
        {
            var partner = await db.Partners.SingleAsync(p => p.Key == "nj/bergen/careplusnj");
            partner.Roles = [.. partner.Roles, PartnerRole.Provider];
            partner.LastModified = DateTimeOffset.UtcNow;
            partner.Version++;
            await db.SaveChangesAsync();
        }

        await search.EventuallyAsync(filter, s => SearchClient.Keys(s).Contains("nj/bergen/mrss"), "the partner's program has the new role");
    }

    [Fact]
    public async Task AStatesAccessLineEditReachesItsOperatorAndLeavesItWhenTheLineMoves()
    {
        using var app = new DirectoryAppFactory();
        var search = new SearchClient(new GraphQLClient(app.CreateClient()));
        await search.IndexedAsync();
        var query = new { query = "quillwort", state = "NJ" };
        Assert.Empty(await search.KeysAsync(query));

        await EditAccessLinesAsync(app, line => line with { Hours = line.Hours + " Ask for the quillwort desk." });
        await search.EventuallyAsync(
            query,
            s => SearchClient.Keys(s).Order(StringComparer.Ordinal).SequenceEqual(["nj/csoc-access-line", "nj/performcare"]),
            "the operator's document and its program's carry the edited line");

        await EditAccessLinesAsync(app, line => line with { OperatorPartnerKey = null });
        await search.EventuallyAsync(query, s => SearchClient.Keys(s).Count == 0, "no document carries a line its partner no longer answers");
    }

    private static async Task EditAccessLinesAsync(DirectoryAppFactory app, Func<AccessPoint, AccessPoint> edit)
    {
        await using var db = app.CreateDbContext();
        var state = await db.States.SingleAsync(s => s.Code == "NJ");
        state.AccessPoints = [.. state.AccessPoints.Select(edit)];
        state.LastModified = DateTimeOffset.UtcNow;
        state.Version++;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task TheWorkerSurvivesAnIndexOutageAndCatchesUpWithNothingLost()
    {
        using var app = new FaultInjectingAppFactory();
        var http = app.CreateClient();
        var search = new SearchClient(new GraphQLClient(http));
        await search.IndexedAsync();
        Assert.Equal("Healthy", await SearchHealthAsync(http));

        app.Index.Down = true;
        var unavailable = await search.RawAsync(new { query = "crisis" });
        Assert.Equal(["SEARCH_UNAVAILABLE"], unavailable.ErrorCodes);
        Assert.Equal("Degraded", await SearchHealthAsync(http));

        await AddPartnerAsync(app, "nj/bergen/outage-partner", "Aurora Outage Partner");
        await AddPartnerAsync(app, "nj/bergen/second-outage-partner", "Borealis Outage Partner");
        await Eventually(() => app.Index.FailedWrites >= 2, "the worker retried the write while the index was down");

        app.Index.Down = false;
        // "partner" alone is in many seeded names (Family Partners, Partners for Kids and Families): search the word only these two share.
        await search.EventuallyAsync(new { query = "outage" },
            s => SearchClient.Keys(s).Order().SequenceEqual(["nj/bergen/outage-partner", "nj/bergen/second-outage-partner"]),
            "both partners written during the outage are searchable");
        Assert.Equal("Healthy", await SearchHealthAsync(http));
    }

    [Fact]
    public async Task AnIndexUnreachableAtStartIsBuiltOnceItAnswers()
    {
        using var app = new FaultInjectingAppFactory(startDown: true);
        var http = app.CreateClient();
        var search = new SearchClient(new GraphQLClient(http));

        // Ready meanwhile: everything but search works, and search says it is unavailable.
        await Eventually(async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode, "the server is ready");
        Assert.Equal("Degraded", await SearchHealthAsync(http));
        Assert.Equal(["SEARCH_UNAVAILABLE"], (await search.RawAsync(new { query = "crisis" })).ErrorCodes);

        // The build check was retried, not settled as "nothing to build" while the backend could not answer.
        app.Index.Down = false;
        await search.IndexedAsync();
    }

    private static async Task AddPartnerAsync(DirectoryAppFactory app, string key, string name)
    {
        await using var db = app.CreateDbContext();
        var nj = await db.States.SingleAsync(s => s.Code == "NJ");
        var bergen = await db.Counties.SingleAsync(c => c.Fips == "34003");
        var now = DateTimeOffset.UtcNow;
        db.Partners.Add(new Partner
        {
            Id = Guid.NewGuid(),
            Key = key,
            Name = name,
            Description = "Respite and peer support for caregivers, added by a test.",
            StateId = nj.Id,
            Roles = [PartnerRole.Provider],
            ServiceAreas = [new ServiceArea { Kind = ServiceAreaKind.County, Code = bergen.Fips, StateId = nj.Id, CountyId = bergen.Id }],
            Provenance = new Provenance { Source = "test", LastVerified = DateOnly.FromDateTime(now.UtcDateTime) },
            CreatedAt = now,
            LastModified = now,
            Version = 1,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<string> SearchHealthAsync(HttpClient http)
    {
        var report = await http.GetFromJsonAsync<JsonNode>("/health/ready");
        return report!["checks"]!["search"]!["status"]!.GetValue<string>();
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + SearchClient.Timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(50);
        }
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + SearchClient.Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(50);
        }
    }
}

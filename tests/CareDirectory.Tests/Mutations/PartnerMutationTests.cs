using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Mutations;

/// <summary>createPartner, updatePartner, archivePartner and markVerified over HTTP, each test with a fresh seeded app.</summary>
public sealed class PartnerMutationTests
{
    private const string PartnerFields = "partner { id key name website version lastModified phones { number } serviceAreas { kind code } provenance { source verifiedBy lastVerified } }";

    [Fact]
    public async Task CountyKeyCreatesAPartnerInItsCounty()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var keyId = await app.KeyIdAsync(key);

        var payload = await app.MutateAsync("createPartner", PartnerFields, new
        {
            state = "NJ",
            name = "Bergen Youth Peer Network",
            website = "https://example.org/peers",
            email = "info@example.org",
            roles = new[] { "FAMILY_SUPPORT" },
            phones = new[] { new { number = "+12015550100" } },
            serviceAreas = new[] { new { kind = "COUNTY", code = EditorApp.Bergen } },
        }, key);

        AssertNoErrors(payload);
        var partner = payload["partner"]!;
        Assert.Equal("Bergen Youth Peer Network", partner["name"]!.GetValue<string>());
        Assert.Equal(1, partner["version"]!.GetValue<int>());
        Assert.Equal($"editor:{keyId}", partner["provenance"]!["source"]!.GetValue<string>());
        Assert.Equal("nj/bergen-youth-peer-network", partner["key"]!.GetValue<string>());
        Assert.Equal("+12015550100", partner["phones"]![0]!["number"]!.GetValue<string>());

        var listed = await app.PostAsync("""{ partners(county: "34003", first: 50) { nodes { name } } }""");
        Assert.Contains(listed.Data("partners")["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == "Bergen Youth Peer Network");
    }

    [Fact]
    public async Task InvalidPartnerInputIsAPayloadErrorPerFieldAndWritesNothing()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("createPartner", "partner { id }", new
        {
            state = "NJ",
            name = " ",
            website = "not a url",
            email = "nobody",
            description = new string('x', 4001),
            phones = new[] { new { number = "201-555-0100" } },
            serviceAreas = new[] { new { kind = "COUNTY", code = "3400" } },
        }, key);

        Assert.Null(payload["partner"]);
        var errors = payload["errors"]!.AsArray();
        AssertError(errors, "REQUIRED", "input.name");
        AssertError(errors, "INVALID_URL", "input.website");
        AssertError(errors, "INVALID_EMAIL", "input.email");
        AssertError(errors, "TOO_LONG", "input.description");
        AssertError(errors, "INVALID_PHONE", "input.phones.0.number");
        AssertError(errors, "INVALID_FIPS", "input.serviceAreas.0.code");
        Assert.All(errors, e => Assert.Equal("ValidationError", e!["__typename"]!.GetValue<string>()));
        Assert.Contains(errors, e => e!["message"]!.GetValue<string>().StartsWith("phones[0].number:", StringComparison.Ordinal));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task UnknownCountyInAServiceAreaIsAValidationError()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var payload = await app.MutateAsync("createPartner", "partner { id }",
            new { state = "NJ", name = "Somewhere", serviceAreas = new[] { new { kind = "COUNTY", code = "17031" } } }, key);
        AssertError(payload["errors"]!.AsArray(), "VALIDATION_FAILED", "input.serviceAreas.0.code");
    }

    [Fact]
    public async Task UpdateChangesOnlyTheGivenFieldsAndBumpsTheVersion()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync("nj/bergen/fso");

        var payload = await app.MutateAsync("updatePartner", PartnerFields,
            new { id = EditorApp.IdOf("Partner", fso.Id), version = fso.Version, website = "https://example.org/fso" }, key);

        AssertNoErrors(payload);
        Assert.Equal(fso.Version + 1, payload["partner"]!["version"]!.GetValue<int>());
        var after = await app.PartnerAsync("nj/bergen/fso");
        Assert.Equal("https://example.org/fso", after.Website);
        Assert.Equal(fso.Name, after.Name);
        Assert.Equal(fso.ServiceAreas.Count, after.ServiceAreas.Count);
        Assert.True(after.LastModified > fso.LastModified);
    }

    [Fact]
    public async Task StaleVersionIsAConflictAndOverwritesNothing()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var id = EditorApp.IdOf("Partner", fso.Id);
        var first = await app.MutateAsync("updatePartner", "partner { version }", new { id, version = fso.Version, name = "First editor" }, key);
        AssertNoErrors(first);
        var counts = await app.CountsAsync();

        var second = await app.MutateAsync("updatePartner", "partner { version }", new { id, version = fso.Version, name = "Second editor" }, key);

        Assert.Null(second["partner"]);
        var error = Assert.Single(second["errors"]!.AsArray())!;
        Assert.Equal("CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal("ConflictError", error["__typename"]!.GetValue<string>());
        Assert.Equal("input.version", Path(error));
        Assert.Equal("First editor", (await app.PartnerAsync("nj/bergen/fso")).Name);
        Assert.Equal(counts, await app.CountsAsync());
    }

    [Fact]
    public async Task ArchivedPartnerLeavesPublicQueriesButStaysInTheAuditTrail()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var id = EditorApp.IdOf("Partner", fso.Id);

        var payload = await app.MutateAsync("archivePartner", "partner { id version }", new { id, version = fso.Version }, key);

        AssertNoErrors(payload);
        var partners = await app.PostAsync("""{ partners(state: "NJ", first: 50) { nodes { key } } }""");
        Assert.DoesNotContain(partners.Data("partners")["nodes"]!.AsArray(), n => n!["key"]!.GetValue<string>() == "nj/bergen/fso");
        var node = await app.PostAsync($$"""{ node(id: "{{id}}") { id } }""");
        Assert.True(node.Body["errors"] is null && node.Data("node") is null, node.Body.ToJsonString());
        var archived = await app.PartnerAsync("nj/bergen/fso");
        Assert.NotNull(archived.ArchivedAt);
        var audit = await app.ReadAsync(db => db.AuditLog.SingleAsync(e => e.EntityId == fso.Id));
        Assert.Equal("archivePartner", audit.Action);

        var again = await app.MutateAsync("updatePartner", "partner { id }", new { id, version = archived.Version, name = "Back" }, key);
        Assert.Equal("NOT_FOUND", again["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task MarkVerifiedRecordsWhoCheckedAndWhen()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync("nj/bergen/fso");

        var payload = await app.MutateAsync("markVerified", "node { id ... on Partner { provenance { verifiedBy lastVerified } version } }",
            new { id = EditorApp.IdOf("Partner", fso.Id) }, key);

        AssertNoErrors(payload);
        var provenance = payload["node"]!["provenance"]!;
        Assert.Equal($"test county:{EditorApp.Bergen}", provenance["verifiedBy"]!.GetValue<string>());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), provenance["lastVerified"]!.GetValue<string>());
        var audit = await app.ReadAsync(db => db.AuditLog.SingleAsync());
        Assert.Equal("markVerified", audit.Action);
    }

    /// <summary>Success is <c>errors: null</c> (HotChocolate's convention; an empty list would be truthy in JavaScript), present and null.</summary>
    internal static void AssertNoErrors(JsonNode payload) =>
        Assert.True(payload.AsObject().TryGetPropertyValue("errors", out var errors) && errors is null, payload.ToJsonString());

    internal static string Path(JsonNode error) => string.Join('.', error["path"]!.AsArray().Select(p => p!.GetValue<string>()));

    internal static void AssertError(JsonArray errors, string code, string path) =>
        Assert.True(errors.Any(e => e!["code"]!.GetValue<string>() == code && Path(e) == path), $"No {code} at {path} in {errors.ToJsonString()}");
}

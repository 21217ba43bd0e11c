using CareDirectory.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareDirectory.Tests.Mutations.PartnerMutationTests;

namespace CareDirectory.Tests.Mutations;

/// <summary>
/// Who may write: missing and bad keys are UNAUTHENTICATED; keys outside their scope get FORBIDDEN payload errors,
/// checked on the record as found and as it would be saved (broken-object-level authorization), and write nothing.
/// </summary>
public sealed class EditorAuthorizationTests
{
    private const string Update = "mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id } " + EditorApp.ErrorsSelection + " } }";

    [Fact]
    public async Task MutationWithoutAKeyIsUnauthenticatedAndReadsStayAnonymous()
    {
        using var app = new EditorApp();
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var before = await app.CountsAsync();

        var response = await app.PostAsync(Update, new { input = new { id = EditorApp.IdOf("Partner", fso.Id), version = fso.Version, name = "x" } });

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Equal(before, await app.CountsAsync());
        var read = await app.PostAsync("{ partners(first: 1) { totalCount } }");
        Assert.Null(read.Body["errors"]);
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("expired")]
    [InlineData("unknown")]
    public async Task RevokedExpiredAndUnknownKeysAreUnauthenticated(string which)
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("admin", TimeSpan.FromDays(1));
        var keyId = await app.KeyIdAsync(key);
        await app.ReadAsync(async db =>
        {
            var stored = await db.ApiKeys.SingleAsync(k => k.Id == keyId);
            stored.RevokedAt = which == "revoked" ? DateTimeOffset.UtcNow.AddMinutes(-1) : null;
            stored.ExpiresAt = which == "expired" ? DateTimeOffset.UtcNow.AddMinutes(-1) : stored.ExpiresAt;
            return await db.SaveChangesAsync();
        });
        var fso = await app.PartnerAsync("nj/bergen/fso");

        var response = await app.PostAsync(Update, new { input = new { id = EditorApp.IdOf("Partner", fso.Id), version = fso.Version, name = "x" } }, which == "unknown" ? "cdk_not-a-key" : key);

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Contains(which == "unknown" ? "not valid" : which, response.Body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(fso.Name, (await app.PartnerAsync("nj/bergen/fso")).Name);
    }

    [Fact]
    public async Task RevokingThroughTheRegistryStopsAKeyAtOnce()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("admin");
        var registry = app.Factory.Services.GetRequiredService<ApiKeyRegistry>();
        Assert.True(await registry.RevokeAsync(await app.KeyIdAsync(key), CancellationToken.None));

        var response = await app.PostAsync("""mutation { markVerified(input: { id: "x" }) { """ + EditorApp.ErrorsSelection + " } }", key: key);

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }

    [Fact]
    public async Task CountyKeyCannotEditAPartnerOfAnotherCounty()
    {
        using var app = new EditorApp();
        var (passaic, version) = await app.CountyPartnerAsync(EditorApp.Passaic, "Passaic Family Partners");
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("updatePartner", "partner { id }", new { id = passaic, version, name = "Taken over" }, bergen);

        AssertForbidden(payload, "input.id");
        Assert.Equal(before, await app.CountsAsync());
        Assert.Equal("Passaic Family Partners", (await app.PartnerAsync("nj/passaic-family-partners")).Name);
    }

    [Fact]
    public async Task CountyKeyCannotArchiveOrVerifyAPartnerOfAnotherCounty()
    {
        using var app = new EditorApp();
        var (passaic, version) = await app.CountyPartnerAsync(EditorApp.Passaic, "Passaic Family Partners");
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var before = await app.CountsAsync();

        AssertForbidden(await app.MutateAsync("archivePartner", "partner { id }", new { id = passaic, version }, bergen), "input.id");
        AssertForbidden(await app.MutateAsync("markVerified", "node { id }", new { id = passaic }, bergen), "input.id");

        Assert.Equal(before, await app.CountsAsync());
        Assert.Null((await app.PartnerAsync("nj/passaic-family-partners")).ArchivedAt);
    }

    [Fact]
    public async Task CountyKeyCannotAttachAProgramToAPartnerOfAnotherCounty()
    {
        using var app = new EditorApp();
        var (passaic, _) = await app.CountyPartnerAsync(EditorApp.Passaic, "Passaic Family Partners");
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("createProgram", "program { id }", new { partner = passaic, name = "Sneaky program" }, bergen);

        AssertForbidden(payload, "input.partner");
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task CountyKeyCannotMoveAProgramToAPartnerOfAnotherCounty()
    {
        using var app = new EditorApp();
        var (passaic, _) = await app.CountyPartnerAsync(EditorApp.Passaic, "Passaic Family Partners");
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var created = await app.MutateAsync("createProgram", "program { id version }", new { partner = EditorApp.IdOf("Partner", fso.Id), name = "Peer support" }, bergen);
        var program = created["program"]!;

        var payload = await app.MutateAsync("updateProgram", "program { id }",
            new { id = program["id"]!.GetValue<string>(), version = program["version"]!.GetValue<int>(), partner = passaic }, bergen);

        AssertForbidden(payload, "input.partner");
    }

    [Fact]
    public async Task CountyKeyCannotMoveAPartnerIntoAnotherCounty()
    {
        using var app = new EditorApp();
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("updatePartner", "partner { id }",
            new { id = EditorApp.IdOf("Partner", fso.Id), version = fso.Version, serviceAreas = new[] { new { kind = "COUNTY", code = EditorApp.Passaic } } }, bergen);

        AssertForbidden(payload, "input.serviceAreas");
        Assert.Equal(before, await app.CountsAsync());
        var after = await app.PartnerAsync("nj/bergen/fso");
        Assert.Equal(fso.Version, after.Version);
        Assert.All(after.ServiceAreas, a => Assert.Equal(EditorApp.Bergen, a.Code));
    }

    [Fact]
    public async Task CountyKeyCannotCreateStatewideOrOtherCountyPartners()
    {
        using var app = new EditorApp();
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var before = await app.CountsAsync();

        AssertForbidden(await app.MutateAsync("createPartner", "partner { id }",
            new { state = "NJ", name = "Statewide", serviceAreas = new[] { new { kind = "STATE", code = "NJ" } } }, bergen), "input.serviceAreas");
        AssertForbidden(await app.MutateAsync("createPartner", "partner { id }",
            new { state = "NJ", name = "Passaic", serviceAreas = new[] { new { kind = "COUNTY", code = EditorApp.Passaic } } }, bergen), "input.serviceAreas");
        AssertForbidden(await app.MutateAsync("createPartner", "partner { id }", new { state = "NJ", name = "Nowhere" }, bergen), "input.serviceAreas");

        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task CountyKeyCannotEditStatewidePartners()
    {
        using var app = new EditorApp();
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var performCare = await app.PartnerAsync("nj/performcare");

        var payload = await app.MutateAsync("updatePartner", "partner { id }", new { id = EditorApp.IdOf("Partner", performCare.Id), version = performCare.Version, name = "x" }, bergen);

        AssertForbidden(payload, "input.id");
    }

    [Fact]
    public async Task CountyKeyCannotPlaceMeetingsOrResourcesInAnotherCounty()
    {
        using var app = new EditorApp();
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var before = await app.CountsAsync();

        AssertForbidden(await app.MutateAsync("createMeeting", "meeting { id }", new { state = "NJ", county = EditorApp.Passaic, title = "Passaic support group" }, bergen), "input.county");
        AssertForbidden(await app.MutateAsync("createMeeting", "meeting { id }", new { state = "NJ", title = "Statewide town hall" }, bergen), "input.county");
        AssertForbidden(await app.MutateAsync("createEducatorResource", "educatorResource { id }",
            new { state = "NJ", county = EditorApp.Passaic, title = "Passaic guide", url = "https://example.org/guide" }, bergen), "input.county");

        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task CountyKeyCannotNameAnOrganizerOutsideItsScope()
    {
        using var app = new EditorApp();
        var (passaic, _) = await app.CountyPartnerAsync(EditorApp.Passaic, "Passaic Family Partners");
        var bergen = await app.KeyAsync($"county:{EditorApp.Bergen}");

        var payload = await app.MutateAsync("createMeeting", "meeting { id }", new { state = "NJ", county = EditorApp.Bergen, title = "Borrowed organizer", organizer = passaic }, bergen);

        AssertForbidden(payload, "input.organizer");
    }

    [Fact]
    public async Task PartnerKeyMayEditOnlyItsOwnPartner()
    {
        using var app = new EditorApp();
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var ciacc = await app.PartnerAsync("nj/bergen/ciacc");
        var key = await app.KeyAsync($"partner:{fso.Id}");

        var own = await app.MutateAsync("updatePartner", "partner { version }", new { id = EditorApp.IdOf("Partner", fso.Id), version = fso.Version, description = "Ours" }, key);
        var other = await app.MutateAsync("updatePartner", "partner { version }", new { id = EditorApp.IdOf("Partner", ciacc.Id), version = ciacc.Version, description = "Theirs" }, key);
        var program = await app.MutateAsync("createProgram", "program { id }", new { partner = EditorApp.IdOf("Partner", ciacc.Id), name = "Not ours" }, key);

        AssertNoErrors(own);
        AssertForbidden(other, "input.id");
        AssertForbidden(program, "input.partner");
    }

    [Fact]
    public async Task StateKeyCannotEditAnotherState()
    {
        using var app = new EditorApp();
        var illinois = await app.KeyAsync("state:IL");
        var fso = await app.PartnerAsync("nj/bergen/fso");

        var payload = await app.MutateAsync("updatePartner", "partner { id }", new { id = EditorApp.IdOf("Partner", fso.Id), version = fso.Version, name = "x" }, illinois);

        AssertForbidden(payload, "input.id");
    }

    [Fact]
    public async Task AuditLogIsForAdminKeysOnly()
    {
        using var app = new EditorApp();
        const string Query = "{ auditLog(first: 5) { totalCount } }";

        Assert.Equal("UNAUTHENTICATED", (await app.PostAsync(Query)).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await app.PostAsync(Query, key: await app.KeyAsync("state:NJ"))).FirstErrorCode);
        Assert.Null((await app.PostAsync(Query, key: await app.KeyAsync("admin"))).Body["errors"]);
    }

    private static void AssertForbidden(System.Text.Json.Nodes.JsonNode payload, string path)
    {
        var errors = payload["errors"]!.AsArray();
        AssertError(errors, "FORBIDDEN", path);
        Assert.Equal("ForbiddenError", errors[0]!["__typename"]!.GetValue<string>());
    }
}

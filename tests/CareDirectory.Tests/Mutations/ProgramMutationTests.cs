using Microsoft.EntityFrameworkCore;
using static CareDirectory.Tests.Mutations.PartnerMutationTests;

namespace CareDirectory.Tests.Mutations;

/// <summary>createProgram, updateProgram, archiveProgram.</summary>
public sealed class ProgramMutationTests
{
    private const string ProgramFields = "program { id name version partner { key } serviceTypes { code } eligibility { minimumAge maximumAge } languages }";

    [Fact]
    public async Task CountyKeyCreatesUpdatesAndArchivesAProgramOfItsPartner()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync("nj/bergen/fso");

        var created = await app.MutateAsync("createProgram", ProgramFields, new
        {
            partner = EditorApp.IdOf("Partner", fso.Id),
            name = "Youth peer support",
            serviceTypes = new[] { "access.line" },
            eligibility = new { minimumAge = 5, maximumAge = 21 },
            languages = new[] { "en", "es" },
            serviceAreas = new[] { new { kind = "COUNTY", code = EditorApp.Bergen } },
        }, key);
        AssertNoErrors(created);
        var program = created["program"]!;
        Assert.Equal("nj/bergen/fso", program["partner"]!["key"]!.GetValue<string>());
        Assert.Equal("access.line", program["serviceTypes"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(21, program["eligibility"]!["maximumAge"]!.GetValue<int>());
        var id = program["id"]!.GetValue<string>();

        var updated = await app.MutateAsync("updateProgram", ProgramFields, new { id, version = 1, name = "Youth peer mentoring", eligibility = new { minimumAge = 10, maximumAge = 18 } }, key);
        AssertNoErrors(updated);
        Assert.Equal("Youth peer mentoring", updated["program"]!["name"]!.GetValue<string>());
        Assert.Equal(2, updated["program"]!["version"]!.GetValue<int>());
        Assert.Equal("access.line", updated["program"]!["serviceTypes"]![0]!["code"]!.GetValue<string>());

        var archived = await app.MutateAsync("archiveProgram", "program { id }", new { id, version = 2 }, key);
        AssertNoErrors(archived);
        var list = await app.PostAsync("""{ programs(first: 50, where: { name: { eq: "Youth peer mentoring" } }) { totalCount } }""");
        Assert.Equal(0, list.Data("programs")["totalCount"]!.GetValue<int>());
        Assert.Equal(3, await app.ReadAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task InvalidProgramInputNamesEachFieldAndWritesNothing()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("createProgram", "program { id }", new
        {
            partner = EditorApp.IdOf("Partner", fso.Id),
            name = new string('n', 301),
            website = "ftp://example.org",
            eligibility = new { minimumAge = 18, maximumAge = 5 },
            languages = new[] { "not-a-language-tag" },
        }, key);

        var errors = payload["errors"]!.AsArray();
        AssertError(errors, "TOO_LONG", "input.name");
        AssertError(errors, "INVALID_URL", "input.website");
        AssertError(errors, "INVALID_AGE_RANGE", "input.eligibility.minimumAge");
        AssertError(errors, "INVALID_LANGUAGE", "input.languages.0");
        Assert.Equal(before, await app.CountsAsync());

        var ages = await app.MutateAsync("createProgram", "program { id }",
            new { partner = EditorApp.IdOf("Partner", fso.Id), name = "Old", eligibility = new { minimumAge = -1, maximumAge = 130 } }, key);
        AssertError(ages["errors"]!.AsArray(), "INVALID_AGE", "input.eligibility.minimumAge");
        AssertError(ages["errors"]!.AsArray(), "INVALID_AGE", "input.eligibility.maximumAge");
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task UnknownServiceTypesAndPartnersAreRefused()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var before = await app.CountsAsync();

        var types = await app.MutateAsync("createProgram", "program { id }",
            new { partner = EditorApp.IdOf("Partner", fso.Id), name = "Typed", serviceTypes = new[] { "no.such.type" } }, key);
        var partner = await app.MutateAsync("createProgram", "program { id }",
            new { partner = EditorApp.IdOf("Partner", Guid.NewGuid()), name = "Orphan" }, key);
        var notAPartner = await app.MutateAsync("createProgram", "program { id }",
            new { partner = EditorApp.IdOf("Meeting", Guid.NewGuid()), name = "Orphan" }, key);

        AssertError(types["errors"]!.AsArray(), "VALIDATION_FAILED", "input.serviceTypes");
        Assert.Contains("no.such.type", types["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertError(partner["errors"]!.AsArray(), "NOT_FOUND", "input.partner");
        Assert.Equal("NotFoundError", partner["errors"]![0]!["__typename"]!.GetValue<string>());
        AssertError(notAPartner["errors"]!.AsArray(), "VALIDATION_FAILED", "input.partner");
        Assert.Equal(before, await app.CountsAsync());
    }
}

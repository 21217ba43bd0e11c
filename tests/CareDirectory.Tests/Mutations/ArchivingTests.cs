using System.Text.Json.Nodes;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using static CareDirectory.Tests.Mutations.PartnerMutationTests;

namespace CareDirectory.Tests.Mutations;

/// <summary>
/// What archiving a partner means: its programs, the meetings it organises and the educator resources it owns are
/// archived with it; restoring it brings back exactly those; nothing new may hang from an archived partner; and a
/// record stored with an archived partner some other way still reads whole and can be repaired.
/// </summary>
public sealed class ArchivingTests
{
    private const string Fso = "nj/bergen/fso";

    [Fact]
    public async Task ArchivingAPartnerArchivesWhatHangsFromItInOneTransaction()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync(Fso);
        var dependents = await DependentKeysAsync(app, fso.Id, archived: false);
        Assert.NotEmpty(dependents.Programs);
        Assert.NotEmpty(dependents.Meetings);

        AssertNoErrors(await app.MutateAsync("archivePartner", "partner { id }", new { id = EditorApp.IdOf("Partner", fso.Id) }, key));

        var archivedAt = (await app.PartnerAsync(Fso)).ArchivedAt;
        Assert.NotNull(archivedAt);
        Assert.Equal(dependents, await DependentKeysAsync(app, fso.Id, archived: true, at: archivedAt));
        var audit = await app.ReadAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync());
        Assert.Equal(dependents.Count, audit.Count(a => a == "archivePartner:dependent"));
        var archivedChanges = await app.ReadAsync(db => db.ChangeLog.CountAsync(c => c.Kind == ChangeKind.Archived));
        Assert.Equal(dependents.Count + 1, archivedChanges);

        var page = await app.PostAsync("""{ county(state: "NJ", slug: "bergen") { partners { nodes { key } } meetings { nodes { key } } } programs(first: 50) { nodes { key partner { key } } } }""");
        Assert.True(page.Body["errors"] is null, page.Body.ToJsonString());
        Assert.DoesNotContain(Fso, Keys(page.Data("county")["partners"]!));
        Assert.Empty(Keys(page.Data("county")["meetings"]!).Intersect(dependents.Meetings));
        Assert.Empty(Keys(page.Data("programs")).Intersect(dependents.Programs));
    }

    [Fact]
    public async Task RestoringAPartnerBringsBackExactlyWhatWasArchivedWithIt()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync(Fso);
        var dependents = await DependentKeysAsync(app, fso.Id, archived: false);
        var archivedAlone = dependents.Programs[0];
        var programId = await app.ReadAsync(db => db.Programs.Where(p => p.Key == archivedAlone).Select(p => p.Id).SingleAsync());
        AssertNoErrors(await app.MutateAsync("archiveProgram", "program { id }", new { id = EditorApp.IdOf("Program", programId) }, key));
        var partnerId = EditorApp.IdOf("Partner", fso.Id);
        AssertNoErrors(await app.MutateAsync("archivePartner", "partner { id }", new { id = partnerId }, key));

        var restored = await app.MutateAsync("restorePartner", "partner { key version }", new { id = partnerId }, key);

        AssertNoErrors(restored);
        Assert.Equal(fso.Version + 2, restored["partner"]!["version"]!.GetValue<int>());
        var back = await DependentKeysAsync(app, fso.Id, archived: false);
        Assert.Equal(dependents.Programs.Where(p => p != archivedAlone), back.Programs);
        Assert.Equal(dependents.Meetings, back.Meetings);
        Assert.Equal(dependents.Resources, back.Resources);
        var page = await app.PostAsync("""{ county(state: "NJ", slug: "bergen") { partners { nodes { key } } } }""");
        Assert.Contains(Fso, Keys(page.Data("county")["partners"]!));
        Assert.Equal(back.Count + 1, await app.ReadAsync(db => db.AuditLog.CountAsync(e => e.Action.StartsWith("restorePartner"))));
    }

    [Fact]
    public async Task RestoreIsRefusedWhileThePartnerIsArchivedAndForRecordsThatAreNotArchived()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync(Fso);
        var programId = await app.ReadAsync(db => db.Programs.Where(p => p.PartnerId == fso.Id).Select(p => p.Id).FirstAsync());
        var program = EditorApp.IdOf("Program", programId);

        var notArchived = await app.MutateAsync("restoreProgram", "program { id }", new { id = program }, key);
        AssertNoErrors(await app.MutateAsync("archivePartner", "partner { id }", new { id = EditorApp.IdOf("Partner", fso.Id) }, key));
        var before = await app.CountsAsync();
        var partnerArchived = await app.MutateAsync("restoreProgram", "program { id }", new { id = program }, key);
        var outOfScope = await app.MutateAsync("restorePartner", "partner { id }", new { id = EditorApp.IdOf("Partner", fso.Id) }, await app.KeyAsync($"county:{EditorApp.Passaic}"));

        Assert.Equal(("NOT_ARCHIVED", "ConflictError"), CodeAndType(notArchived));
        Assert.Equal(("PARTNER_ARCHIVED", "ConflictError"), CodeAndType(partnerArchived));
        Assert.Contains("restorePartner", partnerArchived["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", CodeAndType(outOfScope).Code);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task NothingNewMayHangFromAnArchivedPartner()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("admin");
        var fso = await app.PartnerAsync(Fso);
        var partnerId = EditorApp.IdOf("Partner", fso.Id);
        AssertNoErrors(await app.MutateAsync("archivePartner", "partner { id }", new { id = partnerId }, key));

        var program = await app.MutateAsync("createProgram", "program { id }", new { partner = partnerId, name = "New program" }, key);
        var meeting = await app.MutateAsync("createMeeting", "meeting { id }", new { state = "NJ", county = EditorApp.Bergen, title = "New meeting", organizer = partnerId }, key);

        Assert.Equal(("NOT_FOUND", "input.partner"), (CodeAndType(program).Code, Path(program["errors"]![0]!)));
        Assert.Equal(("NOT_FOUND", "input.organizer"), (CodeAndType(meeting).Code, Path(meeting["errors"]![0]!)));
    }

    [Fact]
    public async Task RecordsWhosePartnerWasArchivedBehindTheApiReadWholeAndCanBeRepaired()
    {
        // The state the issue found: a partner archived while its programs and meetings stayed active.
        using var app = new EditorApp();
        var fso = await app.PartnerAsync(Fso);
        await app.ReadAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Id == fso.Id);
            partner.ArchivedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });
        var (programId, programVersion) = await app.ReadAsync(db => db.Programs.Where(p => p.PartnerId == fso.Id).Select(p => ValueTuple.Create(p.Id, p.Version)).FirstAsync());
        var (meetingId, meetingVersion) = await app.ReadAsync(db => db.Meetings.Where(m => m.OrganizerId == fso.Id).Select(m => ValueTuple.Create(m.Id, m.Version)).FirstAsync());
        var program = EditorApp.IdOf("Program", programId);

        var reads = await app.PostAsync($$"""
            {
              programs(first: 50) { nodes { key partner { key name } } }
              node(id: "{{program}}") { ... on Program { partner { key } } }
              county(state: "NJ", slug: "bergen") { name partners { nodes { programs { nodes { partner { key } } } } } }
            }
            """);
        Assert.True(reads.Body["errors"] is null, reads.Body.ToJsonString());
        Assert.Contains(reads.Data("programs")["nodes"]!.AsArray(), n => n!["partner"]!["key"]!.GetValue<string>() == Fso);
        Assert.Equal(Fso, reads.Data("node")["partner"]!["key"]!.GetValue<string>());
        Assert.Equal("Bergen", reads.Data("county")["name"]!.GetValue<string>());

        var admin = await app.KeyAsync("admin");
        AssertNoErrors(await app.MutateAsync("updateProgram", "program { name }", new { id = program, version = programVersion, name = "Renamed while orphaned" }, admin));
        AssertNoErrors(await app.MutateAsync("markVerified", "node { id }", new { id = program }, admin));
        AssertNoErrors(await app.MutateAsync("updateMeeting", "meeting { title }", new { id = EditorApp.IdOf("Meeting", meetingId), version = meetingVersion, title = "Renamed meeting" }, admin));
        AssertNoErrors(await app.MutateAsync("archiveProgram", "program { id }", new { id = program }, admin));
    }

    private static async Task<DependentKeys> DependentKeysAsync(EditorApp app, Guid partnerId, bool archived, DateTimeOffset? at = null) =>
        await app.ReadAsync(async db =>
        {
            var programs = await db.Programs.IgnoreQueryFilters().Where(p => p.PartnerId == partnerId && (p.ArchivedAt != null) == archived && (at == null || p.ArchivedAt == at)).Select(p => p.Key).ToListAsync();
            var meetings = await db.Meetings.IgnoreQueryFilters().Where(m => m.OrganizerId == partnerId && (m.ArchivedAt != null) == archived && (at == null || m.ArchivedAt == at)).Select(m => m.Key).ToListAsync();
            var resources = await db.EducatorResources.IgnoreQueryFilters().Where(r => r.OwnerId == partnerId && (r.ArchivedAt != null) == archived && (at == null || r.ArchivedAt == at)).Select(r => r.Key).ToListAsync();
            return new DependentKeys([.. programs.Order(StringComparer.Ordinal)], [.. meetings.Order(StringComparer.Ordinal)], [.. resources.Order(StringComparer.Ordinal)]);
        });

    private static List<string> Keys(JsonNode connection) =>
        [.. connection["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>())];

    private static (string Code, string Type) CodeAndType(JsonNode payload) =>
        (payload["errors"]![0]!["code"]!.GetValue<string>(), payload["errors"]![0]!["__typename"]!.GetValue<string>());

    private sealed record DependentKeys(List<string> Programs, List<string> Meetings, List<string> Resources)
    {
        public int Count => Programs.Count + Meetings.Count + Resources.Count;

        public bool Equals(DependentKeys? other) =>
            other is not null && Programs.SequenceEqual(other.Programs) && Meetings.SequenceEqual(other.Meetings) && Resources.SequenceEqual(other.Resources);

        public override int GetHashCode() => Count;
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using static CareDirectory.Tests.Mutations.PartnerMutationTests;

namespace CareDirectory.Tests.Mutations;

/// <summary>Every write leaves an audit entry (who, when, before/after) and a change-feed entry integrators can sync from.</summary>
public sealed class AuditAndChangeFeedTests
{
    [Fact]
    public async Task EveryWriteRecordsWhoWhenAndWhatChanged()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var keyId = await app.KeyIdAsync(key);
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var id = EditorApp.IdOf("Partner", fso.Id);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        AssertNoErrors(await app.MutateAsync("updatePartner", "partner { id }", new { id, version = fso.Version, name = "Renamed FSO" }, key));
        AssertNoErrors(await app.MutateAsync("markVerified", "node { id }", new { id }, key));
        AssertNoErrors(await app.MutateAsync("archivePartner", "partner { id }", new { id }, key));

        // Archiving the partner also archives its programs and meetings, each with an entry of its own (see ArchivingTests).
        var entries = await app.ReadAsync(db => db.AuditLog.Where(e => e.EntityId == fso.Id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["updatePartner", "markVerified", "archivePartner"], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal(keyId, e.KeyId);
            Assert.Equal(fso.Id, e.EntityId);
            Assert.Equal("Partner", e.EntityType);
            Assert.True(e.At >= started);
        });
        var update = entries[0];
        Assert.Equal(fso.Name, JsonNode.Parse(update.Before!)!["name"]!.GetValue<string>());
        Assert.Equal("Renamed FSO", JsonNode.Parse(update.After)!["name"]!.GetValue<string>());
        Assert.NotNull(JsonNode.Parse(entries[2].After)!["archivedAt"]);

        var admin = await app.KeyAsync("admin");
        var log = await app.PostAsync("""{ auditLog(first: 10, where: { action: { eq: "updatePartner" } }) { totalCount nodes { action keyId entityId before after } } }""", key: admin);
        Assert.Null(log.Body["errors"]);
        Assert.Equal(1, log.Data("auditLog")["totalCount"]!.GetValue<int>());
        Assert.Equal(id, log.Data("auditLog")["nodes"]![0]!["entityId"]!.GetValue<string>());
        var byKey = await app.PostAsync($$"""{ auditLog(keyId: "{{keyId}}", order: [{ sequence: DESC }]) { nodes { action } } }""", key: admin);
        Assert.Equal("archivePartner", byKey.Data("auditLog")["nodes"]![0]!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangeFeedListsWritesInOrderAndResumesFromACursor()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        // A partner with nothing hanging from it, so archiving it is one change.
        var (id, version) = await app.CountyPartnerAsync(EditorApp.Bergen, "Feed Test Partner");
        await Task.Delay(TimeSpan.FromMilliseconds(20));
        var since = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        const string Feed = "query($since: DateTime!, $after: String) { changes(since: $since, first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { type id recordId key kind version at } } }";

        AssertNoErrors(await app.MutateAsync("updatePartner", "partner { id }", new { id, version, name = "Renamed" }, key));
        AssertNoErrors(await app.MutateAsync("archivePartner", "partner { id }", new { id }, key));

        var first = (await app.PostAsync(Feed, new { since })).Data("changes");
        Assert.Equal(2, first["totalCount"]!.GetValue<int>());
        var update = first["nodes"]![0]!;
        var partnerKey = await app.ReadAsync(db => db.Partners.IgnoreQueryFilters().Where(p => p.Name == "Renamed").Select(p => p.Key).SingleAsync());
        Assert.Equal(("Partner", id, partnerKey, "UPDATED", version + 1),
            (update["type"]!.GetValue<string>(), update["recordId"]!.GetValue<string>(), update["key"]!.GetValue<string>(), update["kind"]!.GetValue<string>(), update["version"]!.GetValue<int>()));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var next = (await app.PostAsync(Feed, new { since, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).Data("changes");
        Assert.Equal("ARCHIVED", next["nodes"]![0]!["kind"]!.GetValue<string>());
        // Two changes of one record: one record id, two identities (a normalised client cache keeps both).
        Assert.Equal(update["recordId"]!.GetValue<string>(), next["nodes"]![0]!["recordId"]!.GetValue<string>());
        Assert.NotEqual(update["id"]!.GetValue<string>(), next["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(next["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var bad = await app.PostAsync(Feed, new { since, after = "nonsense" });
        Assert.Equal("INVALID_CURSOR", bad.FirstErrorCode);
    }
}

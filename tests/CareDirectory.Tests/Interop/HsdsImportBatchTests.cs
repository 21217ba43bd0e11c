using System.Text.Json.Nodes;
using CareDirectory.Domain;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// The write passes of <c>import hsds</c> (#21): records are read ahead of the batch being written, so these import
/// enough services for many batches and check what the database holds afterwards, on each provider: the rows and the
/// change log a first import writes (the same whether in many batches or one), re-import updating only what changed,
/// and bad lines after many good ones refused by line with nothing written.
/// </summary>
public abstract class HsdsImportBatchTests
{
    /// <summary>95 services, their 10 organizations and 7 terms: with a batch size of 4, 24 service batches.</summary>
    private const int Services = 95;

    /// <summary>A fresh database of the provider under test, seeded.</summary>
    protected abstract DirectoryAppFactory NewApp();

    [DatabaseFact]
    public async Task ManyBatchesWriteTheSameRowsAndChangeLogAsOne()
    {
        using var input = new TempFolder();
        var file = input.File("services.ndjson");
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, Services).Select(HsdsSamples.Service));
        await using var batched = NewApp();
        await using var whole = NewApp();

        var (batchedSince, wholeSince) = (await ChangeLogReads.LastSequenceAsync(batched), await ChangeLogReads.LastSequenceAsync(whole));
        var report = await ImportAsync(batched, file, batchSize: 4);
        await ImportAsync(whole, file, batchSize: 10_000);

        Assert.Equal((10 + Services + 7, 0, 0), (report.Created, report.Updated, report.Unchanged));
        var log = await ChangeLogReads.SinceAsync(batched, batchedSince);
        // One entry per record, each a creation at version 1 under the record's own key and id.
        Assert.Equal(
            Enumerable.Range(0, 10).Select(n => $"Partner {HsdsSamples.Id(1, n)} hsds/{HsdsSamples.Id(1, n)} Created 1")
                .Concat(Enumerable.Range(0, Services).Select(n => $"Program {HsdsSamples.Id(2, n)} hsds/{HsdsSamples.Id(2, n)} Created 1"))
                .Order(StringComparer.Ordinal),
            log.Select(e => $"{e.EntityType} {e.EntityId} {e.EntityKey} {e.Kind} {e.Version}").Order(StringComparer.Ordinal));
        // Every organization is committed before the first service that runs it.
        Assert.True(log.Where(e => e.EntityType == "Partner").Max(e => e.Sequence) < log.Where(e => e.EntityType == "Program").Min(e => e.Sequence));
        Assert.Equal(await ContentAsync(whole), await ContentAsync(batched));
        Assert.Equal(Entries(await ChangeLogReads.SinceAsync(whole, wholeSince)), Entries(log));

        await using var db = batched.CreateDbContext();
        var program = await db.Programs.Include(p => p.ServiceTypes).Include(p => p.ServiceAreas).SingleAsync(p => p.Id == HsdsSamples.Id(2, 42));
        Assert.Equal(("Service 42", HsdsSamples.Id(1, 4), 5, 21, "respite-0"), (program.Name, program.PartnerId, program.Eligibility.MinimumAge, program.Eligibility.MaximumAge, program.ServiceTypes.Single().Code));
        Assert.Equal(["34003"], program.ServiceAreas.Select(a => a.Code));
    }

    [DatabaseFact]
    public async Task AReimportUpdatesOnlyTheChangedRecordsAndLogsEachOnce()
    {
        using var input = new TempFolder();
        var file = input.File("services.ndjson");
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, Services).Select(HsdsSamples.Service));
        await using var app = NewApp();
        await ImportAsync(app, file, batchSize: 4);
        var since = await ChangeLogReads.LastSequenceAsync(app);
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, Services).Select(n => n is 3 or 90 ? Renamed(HsdsSamples.Service(n)) : HsdsSamples.Service(n)));

        var report = await ImportAsync(app, file, batchSize: 4);

        Assert.Equal((0, 2, 10 + Services - 2), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(
            [$"Program {HsdsSamples.Id(2, 3)} Updated 2", $"Program {HsdsSamples.Id(2, 90)} Updated 2"],
            (await ChangeLogReads.SinceAsync(app, since)).Select(e => $"{e.EntityType} {e.EntityId} {e.Kind} {e.Version}").Order(StringComparer.Ordinal));
        await using var db = app.CreateDbContext();
        Assert.Equal(["Service 3, renamed", "Service 90, renamed"], await db.Programs.Where(p => p.Name.EndsWith(", renamed")).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
    }

    [DatabaseFact]
    public async Task BadLinesAfterManyBatchesOfGoodOnesAreRefusedByLineAndNothingIsWritten()
    {
        using var input = new TempFolder();
        var file = input.File("services.ndjson");
        var nameless = HsdsSamples.Service(Services + 1);
        nameless.Remove("name");
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, Services).Select(HsdsSamples.Service));
        await File.AppendAllTextAsync(file, "{\"id\": \n" + nameless.ToJsonString() + "\n");
        await using var app = NewApp();
        var since = await ChangeLogReads.LastSequenceAsync(app);

        var refused = await Assert.ThrowsAsync<HsdsImportException>(() => ImportAsync(app, file, batchSize: 4));

        Assert.Equal([("services.ndjson", "line", Services + 1L), ("services.ndjson", "line", Services + 2L)], refused.Problems.Select(p => (p.File, p.Unit, p.Position)));
        Assert.StartsWith("invalid JSON at column", refused.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("$", refused.Problems[1].Path);
        Assert.StartsWith("required:", refused.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("name", refused.Problems[1].Message, StringComparison.Ordinal);
        Assert.Empty(await ChangeLogReads.SinceAsync(app, since));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Programs.AnyAsync(p => p.Key.StartsWith("hsds/")));
    }

    /// <summary>
    /// New records go through the bulk path (<c>NewEntityInserts</c>), not SaveChanges: the records one import wrote,
    /// read back and saved through SaveChanges into a second database the way the import used to save them (a batch of
    /// organizations, then a batch of services with the terms they create), add the very same rows to every table.
    /// </summary>
    [DatabaseFact]
    public async Task ImportedRowsAreTheRowsSaveChangesWritesForTheSameRecords()
    {
        using var input = new TempFolder();
        var file = input.File("services.ndjson");
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, 30).Select(HsdsSamples.Service));
        await using var imported = NewApp();
        await using var saved = NewApp();
        var (importedBefore, savedBefore) = (await TableRows.ReadAsync(imported), await TableRows.ReadAsync(saved));
        var since = await ChangeLogReads.LastSequenceAsync(imported);

        await ImportAsync(imported, file, batchSize: 10_000);

        List<Partner> partners;
        List<CareProgram> programs;
        await using (var db = imported.CreateDbContext())
        {
            var order = (await ChangeLogReads.SinceAsync(imported, since)).Select((e, i) => (e.EntityId, i)).ToDictionary(e => e.EntityId, e => e.i);
            partners = (await db.Partners.AsNoTracking().Include(p => p.ServiceAreas).Where(p => order.Keys.Contains(p.Id)).ToListAsync()).OrderBy(p => order[p.Id]).ToList();
            programs = (await db.Programs.AsNoTrackingWithIdentityResolution().Include(p => p.ServiceAreas).Include(p => p.ServiceTypes).Where(p => order.Keys.Contains(p.Id)).ToListAsync()).OrderBy(p => order[p.Id]).ToList();
        }

        // Service areas are numbered by the database: saved as new rows, they are numbered again.
        foreach (var area in partners.SelectMany(p => p.ServiceAreas).Concat(programs.SelectMany(p => p.ServiceAreas)))
        {
            area.Id = 0;
        }

        await using (var db = saved.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Partners.AddRange(partners);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using (var db = saved.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var had = (await db.ServiceTypes.Select(t => t.Id).ToListAsync()).ToHashSet();
            foreach (var type in programs.SelectMany(p => p.ServiceTypes).Distinct())
            {
                if (had.Contains(type.Id))
                {
                    db.Attach(type);
                }
                else
                {
                    db.Add(type);
                }
            }

            db.Programs.AddRange(programs);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var added = TableRows.Added(importedBefore, await TableRows.ReadAsync(imported));
        Assert.Equal((3, 30, 30, 30, 7, 33), (added["Partners"].Count, added["Programs"].Count, added["ProgramServiceAreas"].Count, added["ProgramServiceTypes"].Count, added["ServiceTypes"].Count, added["ChangeLog"].Count));
        TableRows.AssertSame(TableRows.Added(savedBefore, await TableRows.ReadAsync(saved)), added);
    }

    [DatabaseFact]
    public async Task AReimportOfTheSameFileChangesNoRowAndLogsNothing()
    {
        using var input = new TempFolder();
        var file = input.File("services.ndjson");
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, 30).Select(HsdsSamples.Service));
        await using var app = NewApp();
        await ImportAsync(app, file, batchSize: 7);
        var before = await TableRows.ReadAsync(app);

        var report = await ImportAsync(app, file, batchSize: 7);

        Assert.Equal((0, 0, 3 + 30), (report.Created, report.Updated, report.Unchanged));
        TableRows.AssertSame(before, await TableRows.ReadAsync(app));
    }

    [DatabaseFact]
    public async Task AReimportWithAChangedAndANewServiceInOneBatchLogsBothAsOneSaveChangesDid()
    {
        using var input = new TempFolder();
        var file = input.File("services.ndjson");
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, 30).Select(HsdsSamples.Service));
        await using var app = NewApp();
        await ImportAsync(app, file, batchSize: 10_000);
        var since = await ChangeLogReads.LastSequenceAsync(app);
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, 31).Select(n => n switch
        {
            3 => Renamed(HsdsSamples.Service(n)),
            30 => OfFirstOrganization(HsdsSamples.Service(n)),
            _ => HsdsSamples.Service(n),
        }));

        var report = await ImportAsync(app, file, batchSize: 10_000);

        Assert.Equal((1, 1, 3 + 29), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(
            [$"Program {HsdsSamples.Id(2, 30)} Created 1", $"Program {HsdsSamples.Id(2, 3)} Updated 2"],
            (await ChangeLogReads.SinceAsync(app, since)).Select(e => $"{e.EntityType} {e.EntityId} {e.Kind} {e.Version}"));
        await using var db = app.CreateDbContext();
        var created = await db.Programs.Include(p => p.ServiceAreas).Include(p => p.ServiceTypes).SingleAsync(p => p.Id == HsdsSamples.Id(2, 30));
        Assert.Equal(("Service 30", HsdsSamples.Id(1, 0), "respite-2", "34003"), (created.Name, created.PartnerId, created.ServiceTypes.Single().Code, created.ServiceAreas.Single().Code));
        Assert.Equal("Service 3, renamed", (await db.Programs.SingleAsync(p => p.Id == HsdsSamples.Id(2, 3))).Name);
    }

    /// <summary>
    /// A batch the database refuses part of (valid input: a new service's key is already another program's) writes
    /// nothing at all: not the update before it in the batch, not the new records inserted before it, no change-log entry.
    /// </summary>
    [DatabaseFact]
    public async Task ABatchWithARecordTheDatabaseRefusesWritesNothing()
    {
        using var input = new TempFolder();
        var file = input.File("services.ndjson");
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, 30).Select(HsdsSamples.Service));
        await using var app = NewApp();
        await ImportAsync(app, file, batchSize: 10_000);
        await using (var db = app.CreateDbContext())
        {
            var seeded = await db.Programs.Where(p => !p.Key.StartsWith("hsds/")).OrderBy(p => p.Key).FirstAsync();
            seeded.Key = $"hsds/{HsdsSamples.Id(2, 35)}";
            await db.SaveChangesAsync();
        }

        // The new services belong to an organization the first import wrote, so the organizations pass has nothing to write.
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, 40).Select(n => n switch
        {
            3 => Renamed(HsdsSamples.Service(n)),
            >= 30 => OfFirstOrganization(HsdsSamples.Service(n)),
            _ => HsdsSamples.Service(n),
        }));
        var before = await TableRows.ReadAsync(app);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ImportAsync(app, file, batchSize: 10_000));

        TableRows.AssertSame(before, await TableRows.ReadAsync(app));
    }

    private static JsonObject OfFirstOrganization(JsonObject service)
    {
        service["organization_id"] = HsdsSamples.Id(1, 0).ToString();
        service["organization"] = HsdsSamples.Organization(0);
        return service;
    }

    private static JsonObject Renamed(JsonObject service)
    {
        service["name"] = $"{service["name"]!.GetValue<string>()}, renamed";
        return service;
    }

    private static Task<HsdsImportReport> ImportAsync(DirectoryAppFactory app, string file, int batchSize) =>
        app.Services.GetRequiredService<HsdsImporter>().ImportAsync(new HsdsImportOptions { Path = file, State = "NJ", BatchSize = batchSize }, null, CancellationToken.None);

    /// <summary>The entries as integrators read them, without the positions and times that differ between two databases.</summary>
    private static List<string> Entries(List<ChangeLogEntry> log) =>
        log.Select(e => $"{e.EntityType} {e.EntityId} {e.EntityKey} {e.Kind} {e.Version}").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The kept HSDS fields without the hash of the <c>last_modified</c> export would generate: that is the import's
    /// own time, which differs between two imports.
    /// </summary>
    private static string? WithoutImportTime(string? extra)
    {
        if (JsonNode.Parse(extra ?? "null") is not JsonObject kept)
        {
            return extra;
        }

        (kept["generated"] as JsonObject)?.Remove("last_modified");
        return kept.ToJsonString();
    }

    /// <summary>Every stored column of the imported partners, programs and terms except the import's own time.</summary>
    private static async Task<string> ContentAsync(DirectoryAppFactory app)
    {
        await using var db = app.CreateDbContext();
        var partners = await db.Partners.AsNoTracking().Include(p => p.ServiceAreas).Where(p => p.Key.StartsWith("hsds/")).OrderBy(p => p.Id).ToListAsync();
        var programs = await db.Programs.AsNoTracking().Include(p => p.ServiceAreas).Include(p => p.ServiceTypes).Where(p => p.Key.StartsWith("hsds/")).OrderBy(p => p.Id).ToListAsync();
        var types = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            Partners = partners.Select(p => new
            {
                p.Id, p.Key, p.Name, p.AlternateName, p.Description, p.Website, p.Email, p.StateId, p.Roles, p.Phones, p.Locations, p.Translations,
                Areas = p.ServiceAreas.Select(a => new { a.Kind, a.Code, a.StateId, a.CountyId, a.Partial, a.Note }), p.Version, p.ContentHash, HsdsExtra = WithoutImportTime(p.HsdsExtra), p.Provenance, p.ArchivedAt,
            }),
            Programs = programs.Select(p => new
            {
                p.Id, p.Key, p.Name, p.AlternateName, p.Description, p.PartnerId, p.StateId, p.Website, p.Email, Types = p.ServiceTypes.Select(t => t.Id).Order(), p.Eligibility, p.Availability,
                p.Cost, p.Referral, p.Languages, Areas = p.ServiceAreas.Select(a => new { a.Kind, a.Code, a.StateId, a.CountyId, a.Partial, a.Note }), p.Status, p.Components, p.Translations,
                p.Version, p.ContentHash, HsdsExtra = WithoutImportTime(p.HsdsExtra), p.Provenance, p.ArchivedAt,
            }),
            Types = types.Select(t => new { t.Id, t.Code, t.Name, t.Description, t.ParentId, t.Path, t.Taxonomy }),
        });
    }
}

public sealed class HsdsImportBatchOnSqliteTests : HsdsImportBatchTests
{
    protected override DirectoryAppFactory NewApp() => new();
}

[RequiresPostgres]
public sealed class HsdsImportBatchOnPostgresTests : HsdsImportBatchTests
{
    protected override DirectoryAppFactory NewApp() => new PostgresAppFactory();
}

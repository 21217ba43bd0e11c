using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Interop;

/// <summary>Import and export against the official example package and our own seed data, in-process on a fresh seeded database.</summary>
public sealed class HsdsRoundTripTests : IDisposable
{
    private readonly DirectoryAppFactory _app = new();
    private readonly TempFolder _out = new();

    [Fact]
    public async Task TheOfficialCsvExampleImportsAndExportsBackWithEveryField()
    {
        var expected = HsdsTabularPackage.Read(HsdsFixtures.CsvExample, HsdsFixtures.Schemas, []);

        var report = await ImportAsync(HsdsFixtures.CsvExample);
        var exported = await ExportAsync(HsdsExportFormat.Json);

        Assert.Equal(3, report.Created);
        Assert.Equal(
            ["attributes.csv line 2", "meta_table_descriptions.csv line 2", "metadata.csv line 2", "taxonomies.csv line 2", "taxonomy_terms.csv line 2"],
            report.Warnings.Select(w => $"{w.File} {w.Unit} {w.Position}").Order(StringComparer.Ordinal));
        foreach (var record in expected.Where(r => r.Kind is HsdsRecordKind.Service or HsdsRecordKind.Organization))
        {
            var id = record.Value["id"]!.GetValue<string>();
            var actual = exported[record.Kind].Single(r => r["id"]!.GetValue<string>() == id);
            Assert.True(JsonNode.DeepEquals(record.Value, actual), $"{record.Kind} {id} differs:\nexpected {record.Value.ToJsonString()}\nactual   {actual.ToJsonString()}");
            Assert.Empty(HsdsFixtures.Schemas.Validate(record.Kind.Schema(), actual, record.Kind.FileStem(), 0));
        }
    }

    [Fact]
    public async Task TheOfficialCsvExampleImportsAsServiceTypesAndAPartnerInTheGivenState()
    {
        await ImportAsync(HsdsFixtures.CsvExample);

        await using var db = _app.CreateDbContext();
        var program = await db.Programs.Include(p => p.ServiceTypes).SingleAsync(p => p.Id == Guid.Parse("ac148810-d857-441c-9679-408f346de14b"));
        var partner = await db.Partners.SingleAsync(p => p.Id == program.PartnerId);
        var nj = await db.States.SingleAsync(s => s.Code == "NJ");
        Assert.Equal("hsds/ac148810-d857-441c-9679-408f346de14b", program.Key);
        Assert.Equal(("Community Counselling", 12, 100), (program.Name, program.Eligibility.MinimumAge, program.Eligibility.MaximumAge));
        Assert.Equal(["ur"], program.Languages);
        // The example's only attribute links to no record, so the service has no terms; taxonomy_terms.csv still adds its term.
        Assert.Empty(program.ServiceTypes);
        var term = await db.ServiceTypes.SingleAsync(t => t.Id == Guid.Parse("3f7b145d-84af-42d7-8fae-eaca714b02b2"));
        Assert.Equal(("code", "name", "taxonomy"), (term.Code, term.Name, term.Taxonomy));
        Assert.Equal((nj.Id, nj.Id), (partner.StateId, program.StateId));
        Assert.Equal("hsds-csv", program.Provenance.Source);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), program.Provenance.LastVerified);
        Assert.NotNull(program.HsdsExtra);
    }

    [Fact]
    public async Task ImportingTheSameFileTwiceChangesNothing()
    {
        await ImportAsync(HsdsFixtures.CsvExample);
        var before = await ExportAsync(HsdsExportFormat.Json);

        var again = await ImportAsync(HsdsFixtures.CsvExample);

        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        AssertSameExport(before, await ExportAsync(HsdsExportFormat.Json));
    }

    [Theory]
    [InlineData(HsdsExportFormat.Json)]
    [InlineData(HsdsExportFormat.Ndjson)]
    [InlineData(HsdsExportFormat.Csv)]
    public async Task OurSeedDataExportsValidHsds(HsdsExportFormat format)
    {
        var records = await ExportAsync(format);

        Assert.NotEmpty(records[HsdsRecordKind.Organization]);
        Assert.NotEmpty(records[HsdsRecordKind.Service]);
        Assert.NotEmpty(records[HsdsRecordKind.TaxonomyTerm]);
        foreach (var (kind, list) in records)
        {
            foreach (var record in list)
            {
                Assert.Empty(HsdsFixtures.Schemas.Validate(kind.Schema(), record, kind.FileStem(), 0));
            }
        }
    }

    [Fact]
    public async Task SeedRolesAreAttributesOfOurRolesTaxonomyAndMeetingsAttributesOfTheOrganizer()
    {
        var organizations = (await ExportAsync(HsdsExportFormat.Json))[HsdsRecordKind.Organization];

        var terms = organizations.SelectMany(o => o["attributes"]?.AsArray() ?? []).Select(a => a!["taxonomy_term"]!).ToList();
        Assert.Contains(terms, t => t["taxonomy"]!.GetValue<string>() == HsdsTaxonomies.Roles && t["code"]!.GetValue<string>() == "ContractedSystemAdministrator");
        Assert.Contains(terms, t => t["taxonomy"]!.GetValue<string>() == HsdsTaxonomies.Meetings);
    }

    [Theory]
    [InlineData(HsdsExportFormat.Json)]
    [InlineData(HsdsExportFormat.Csv)]
    public async Task ImportOfOurExportKeepsOurData(HsdsExportFormat format)
    {
        var first = await ExportAsync(format);
        var before = await ContentAsync();

        var report = await ImportAsync(_out.Path);

        Assert.Equal(0, report.Created);
        Assert.Equal(before, await ContentAsync());
        AssertSameExport(first, await ExportAsync(format));
        var again = await ImportAsync(_out.Path);
        Assert.Equal(0, again.Created + again.Updated);
    }

    [Fact]
    public async Task ArchivedProgramsAreExportedWithTheirStatus()
    {
        await using (var db = _app.CreateDbContext())
        {
            var mrss = await db.Programs.SingleAsync(p => p.Key == "nj/bergen/mrss");
            mrss.ArchivedAt = DateTimeOffset.UtcNow;
            mrss.Status = Domain.ProgramStatus.Defunct;
            await db.SaveChangesAsync();
        }

        var services = (await ExportAsync(HsdsExportFormat.Json))[HsdsRecordKind.Service];

        Assert.Contains(services, s => s["name"]!.GetValue<string>().StartsWith("Children's Mobile Response", StringComparison.Ordinal) && s["status"]!.GetValue<string>() == "defunct");
    }

    [Fact]
    public async Task ACountyExportHasWhatServesTheCountyAndNothingFromOtherStates()
    {
        await using var db = _app.CreateDbContext();
        var il = await db.States.SingleAsync(s => s.Code == "IL");
        var ilPrograms = (await db.Programs.Where(p => p.StateId == il.Id).Select(p => p.Id).ToListAsync()).Select(id => id.ToString());
        var bergen = (await db.Programs.Where(p => p.ServiceAreas.Any(a => a.Code == "34003")).Select(p => p.Id).ToListAsync()).Select(id => id.ToString()).ToList();

        await _app.Services.GetRequiredService<HsdsExporter>().ExportAsync(HsdsExportFormat.Ndjson, _out.Path, new HsdsScope(CountyFips: "34003"), CancellationToken.None);
        var ids = File.ReadAllLines(Path.Combine(_out.Path, "services.ndjson")).Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()).ToList();

        Assert.NotEmpty(bergen);
        Assert.Subset(ids.ToHashSet(), bergen.ToHashSet());
        Assert.Empty(ids.Intersect(ilPrograms));
        await Assert.ThrowsAsync<ArgumentException>(() => _app.Services.GetRequiredService<HsdsExporter>().ExportAsync(HsdsExportFormat.Json, _out.Path, new HsdsScope("NJ", "17031"), CancellationToken.None));
    }

    [Fact]
    public async Task AServiceAtLocationFileAddsToItsServiceAndReimportingItChangesNothing()
    {
        await ImportAsync(HsdsFixtures.CsvExample);
        using var input = new TempFolder();
        var sal = new JsonObject
        {
            ["id"] = HsdsSamples.Id(8, 1).ToString(),
            ["service_id"] = "ac148810-d857-441c-9679-408f346de14b",
            ["description"] = "Evening sessions at the library",
        };
        await HsdsSamples.WriteNdjsonAsync(input.File("service_at_locations.ndjson"), [sal]);

        var first = await ImportAsync(input.Path);
        var again = await ImportAsync(input.Path);
        var exported = await ExportAsync(HsdsExportFormat.Json);

        Assert.Equal((0, 1, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(["e94c9f38-1e8f-4564-91d4-d53501ab1765", sal["id"]!.GetValue<string>()], exported[HsdsRecordKind.ServiceAtLocation].Select(s => s["id"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(sal, exported[HsdsRecordKind.ServiceAtLocation][1]));
    }

    /// <summary>
    /// HSDS 3.1 round trip: the official 3.1 example imported, exported (3.0 records, the 3.1-only fields given back from
    /// HsdsExtra), and that export imported into a fresh database gives the same records: the same content and the same
    /// export again, every 3.1 field included.
    /// </summary>
    [Theory]
    [InlineData("organization_full.json")]
    [InlineData("service_full.json")]
    [InlineData("service_at_location_full.json")]
    [InlineData("csv")]
    public async Task AThreeOneExampleExportsWithItsThreeOneFieldsAndReimportsAsTheSameRecords(string example)
    {
        var path = Path.Combine(HsdsOfficialExamples.Folder("3.1"), example);
        var schemas31 = new HsdsSchemas(HsdsVersion.Hsds31);
        var imported = await _app.Services.GetRequiredService<HsdsImporter>().ImportAsync(new HsdsImportOptions { Path = path, State = "NJ" }, null, CancellationToken.None);
        var exported = await ExportAsync(HsdsExportFormat.Json);
        var content = await ContentAsync(_app);

        // Our export is read as 3.0 (a folder says no version; 3.1's fields are extra properties there), which is what it writes.
        using var fresh = new DirectoryAppFactory();
        // The example's addresses say "MyState", so a fresh database needs --state again, as the first import did.
        var reimported = await fresh.Services.GetRequiredService<HsdsImporter>().ImportAsync(new HsdsImportOptions { Path = _out.Path, State = "NJ" }, null, CancellationToken.None);

        Assert.Equal(HsdsVersion.Hsds31, imported.Version);
        var threeOne = ThreeOneFields(path).ToList();
        if (example == "csv")
        {
            // The package's 3.1 rows link to nothing (url.csv names no owner, service_capacity.csv a service it lacks): reported, not kept.
            Assert.Empty(threeOne);
            Assert.Contains(imported.Warnings, w => w.File == "url.csv");
            Assert.Contains(imported.Warnings, w => w.File == "service_capacity.csv");
        }
        else
        {
            Assert.NotEmpty(threeOne);
        }

        foreach (var (kind, id, field, value) in threeOne)
        {
            var record = exported[kind].Single(r => r["id"]!.GetValue<string>() == id);
            Assert.True(JsonNode.DeepEquals(value, record[field]), $"{kind} {id} {field}: {record[field]?.ToJsonString() ?? "missing"}");
            Assert.Empty(schemas31.Validate(kind.Schema(), record, kind.FileStem(), 0));
        }

        Assert.Equal(content, await ContentAsync(fresh));
        AssertSameExport(exported, await ExportAsync(HsdsExportFormat.Json, fresh));
    }

    /// <summary>Each 3.1-only field of an organization or service of an example: (kind, record id, field, value).</summary>
    private static IEnumerable<(HsdsRecordKind Kind, string Id, string Field, JsonNode? Value)> ThreeOneFields(string path)
    {
        var records = HsdsOfficialExamples.Records(path);
        foreach (var (kind, record) in records)
        {
            foreach (var field in new[] { "capacities", "additional_urls", "additional_websites" }.Where(record.ContainsKey))
            {
                yield return (kind, record["id"]!.GetValue<string>(), field, record[field]);
            }
        }
    }

    public void Dispose()
    {
        _app.Dispose();
        _out.Dispose();
    }

    private static void AssertSameExport(Dictionary<HsdsRecordKind, List<JsonObject>> expected, Dictionary<HsdsRecordKind, List<JsonObject>> actual)
    {
        foreach (var kind in expected.Keys)
        {
            Assert.Equal(expected[kind].Count, actual[kind].Count);
            foreach (var (e, a) in expected[kind].Zip(actual[kind]))
            {
                Assert.True(JsonNode.DeepEquals(e, a), $"{kind} differs:\nexpected {e.ToJsonString()}\nactual   {a.ToJsonString()}");
            }
        }
    }

    private async Task<HsdsImportReport> ImportAsync(string path) =>
        await _app.Services.GetRequiredService<HsdsImporter>().ImportAsync(new HsdsImportOptions { Path = path, State = "NJ" }, null, CancellationToken.None);

    private Task<Dictionary<HsdsRecordKind, List<JsonObject>>> ExportAsync(HsdsExportFormat format) => ExportAsync(format, _app);

    private async Task<Dictionary<HsdsRecordKind, List<JsonObject>>> ExportAsync(HsdsExportFormat format, DirectoryAppFactory app)
    {
        foreach (var file in Directory.GetFiles(_out.Path))
        {
            File.Delete(file);
        }

        await app.Services.GetRequiredService<HsdsExporter>().ExportAsync(format, _out.Path, new HsdsScope(), CancellationToken.None);
        var input = new HsdsInput(_out.Path, HsdsFixtures.Schemas);
        var records = Enum.GetValues<HsdsRecordKind>().ToDictionary(k => k, _ => new List<JsonObject>());
        await foreach (var record in input.ReadAsync(CancellationToken.None))
        {
            records[record.Kind].Add(record.Value);
        }

        Assert.Empty(input.Problems);
        return records;
    }

    /// <summary>What a partner or program says (not when or from where it was loaded).</summary>
    private Task<string> ContentAsync() => ContentAsync(_app);

    private static async Task<string> ContentAsync(DirectoryAppFactory app)
    {
        await using var db = app.CreateDbContext();
        var partners = await db.Partners.AsNoTracking().Include(p => p.ServiceAreas).OrderBy(p => p.Key).ToListAsync();
        var programs = await db.Programs.AsNoTracking().Include(p => p.ServiceAreas).Include(p => p.ServiceTypes).OrderBy(p => p.Key).ToListAsync();
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            Partners = partners.Select(p => new { p.Id, p.Key, p.Name, p.AlternateName, p.Description, p.Website, p.Email, p.StateId, p.Roles, p.Phones, p.Locations, Areas = p.ServiceAreas.Select(a => new { a.Kind, a.Code, a.CountyId, a.Partial }), p.Translations }),
            Programs = programs.Select(p => new { p.Id, p.Key, p.Name, p.AlternateName, p.Description, p.PartnerId, p.Website, p.Email, Types = p.ServiceTypes.Select(t => t.Code).Order(), p.Eligibility, p.Availability, p.Cost, p.Referral, p.Languages, Areas = p.ServiceAreas.Select(a => new { a.Kind, a.Code, a.CountyId, a.Partial, a.Note }), p.Status, p.Components, p.Translations }),
        });
    }
}

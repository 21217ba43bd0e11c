using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// What an import checks beyond each record's schema: the service-type limit of the record rules, taxonomy term
/// parents, a service_at_location that has only a nested location, and reruns with and without <c>--state</c>.
/// In-process on the seeded SQLite database; "nothing written" is a byte-for-byte unchanged database.
/// </summary>
public sealed class HsdsImportRuleTests : IDisposable
{
    private readonly DirectoryAppFactory _app = new();
    private readonly TempFolder _input = new();
    private readonly HsdsImporter _importer;

    public HsdsImportRuleTests()
    {
        // Asking for a service starts the application, which creates and seeds the database the snapshots read.
        _importer = _app.Services.GetRequiredService<HsdsImporter>();
    }

    [Fact]
    public async Task AServiceWithMoreThanThirtyTermsIsRefusedWithTheMutationsCodeAndNothingIsWritten()
    {
        var service = HsdsSamples.Service(1);
        var attributes = new JsonArray();
        for (var i = 0; i < 31; i++)
        {
            var term = HsdsSamples.Id(3, 100 + i).ToString();
            attributes.Add(new JsonObject
            {
                ["id"] = HsdsSamples.Id(6, 100 + i).ToString(),
                ["taxonomy_term_id"] = term,
                ["taxonomy_term"] = new JsonObject { ["id"] = term, ["code"] = $"t{i}", ["name"] = $"Term {i}", ["description"] = "A term", ["taxonomy"] = "openeligibility" },
            });
        }

        service["attributes"] = attributes;
        var before = DatabaseFile.Snapshot(_app.DataDirectory);

        var refused = await Assert.ThrowsAsync<HsdsImportException>(() => ImportAsync([service], "NJ"));
        var afterRefusal = DatabaseFile.Snapshot(_app.DataDirectory);
        service["attributes"]!.AsArray().RemoveAt(30);
        var accepted = await ImportAsync([service], "NJ");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("$.attributes", "TOO_MANY", "serviceTypes"), (problem.Path, problem.Code, problem.Field));
        Assert.Contains("at most 30", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before, afterRefusal);
        Assert.True(accepted.Created > 0);
    }

    [Fact]
    public async Task AParentLaterInTheInputIsLinkedAndOneThatIsNowhereIsAWarning()
    {
        var (child, parent, orphan) = (HsdsSamples.Id(3, 201), HsdsSamples.Id(3, 202), HsdsSamples.Id(3, 203));
        JsonObject[] terms =
        [
            Term(child, "child", parent),
            Term(orphan, "orphan", HsdsSamples.Id(3, 299)),
            Term(parent, "parent", null),
        ];

        var report = await ImportAsync(terms, null, "taxonomy_terms.ndjson");

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("taxonomy_terms.ndjson", "line", 2L, "$.parent_id"), (warning.File, warning.Unit, warning.Position, warning.Path));
        Assert.Contains(HsdsSamples.Id(3, 299).ToString(), warning.Message, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        var stored = await db.ServiceTypes.Where(t => t.Id == child || t.Id == orphan).ToDictionaryAsync(t => t.Id);
        Assert.Equal(parent, stored[child].ParentId);
        Assert.Equal(["parent", "child"], stored[child].Path);
        Assert.Null(stored[orphan].ParentId);
        Assert.Equal(["orphan"], stored[orphan].Path);
    }

    [Fact]
    public async Task ATermThatIsItsOwnAncestorIsRefusedAndNothingIsWritten()
    {
        var (a, b) = (HsdsSamples.Id(3, 211), HsdsSamples.Id(3, 212));
        var before = DatabaseFile.Snapshot(_app.DataDirectory);

        var refused = await Assert.ThrowsAsync<HsdsImportException>(() => ImportAsync([Term(a, "a", b), Term(b, "b", a)], null, "taxonomy_terms.ndjson"));

        Assert.Equal(["taxonomy_terms.ndjson line 1 ($.parent_id)", "taxonomy_terms.ndjson line 2 ($.parent_id)"], refused.Problems.Select(p => $"{p.File} {p.Unit} {p.Position} ({p.Path})"));
        Assert.All(refused.Problems, p => Assert.Contains("its own ancestor", p.Message, StringComparison.Ordinal));
        Assert.Equal(before, DatabaseFile.Snapshot(_app.DataDirectory));
    }

    [Fact]
    public async Task AServiceAtLocationWithOnlyANestedLocationIsReadAsOneAndNeedsItsService()
    {
        var sal = JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsOfficialExamples.Folder("3.1"), "service_at_location_full.json")))!.AsObject();
        var service = sal["service"]!.DeepClone().AsObject();
        var onlyLocation = new JsonObject { ["id"] = sal["id"]!.DeepClone(), ["location"] = sal["location"]!.DeepClone() };
        await ImportAsync([service], "NJ", "service_full.json");
        var before = DatabaseFile.Snapshot(_app.DataDirectory);

        var refused = await Assert.ThrowsAsync<HsdsImportException>(() => ImportAsync([onlyLocation], null, "input.ndjson"));
        var afterRefusal = DatabaseFile.Snapshot(_app.DataDirectory);
        onlyLocation["service_id"] = service["id"]!.DeepClone();
        var kept = await ImportAsync([onlyLocation], null, "input.ndjson");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("$.service_id", "a service_at_location needs its service (service_id or a nested service)"), (problem.Path, problem.Message));
        Assert.Equal(before, afterRefusal);
        Assert.Equal((0, 1), (kept.Created, kept.Updated));
        var extra = DatabaseFile.Query(_app.DataDirectory, $"SELECT HsdsExtra FROM Programs WHERE lower(Id) = '{service["id"]!.GetValue<string>()}'").Single();
        Assert.Contains(sal["location"]!["id"]!.GetValue<string>(), extra, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "NJ")]
    [InlineData("NJ", null)]
    public async Task RerunningWithOrWithoutStateFindsTheRecordsUnchanged(string? first, string? second)
    {
        // Areas name Bergen County, so neither run needs --state; it must not make the second run an update.
        var services = Enumerable.Range(1, 3).Select(HsdsSamples.Service).ToArray();
        foreach (var service in services)
        {
            service["organization"]!["attributes"] = new JsonArray(HsdsTaxonomies.Attribute(Guid.Parse(service["organization_id"]!.GetValue<string>()), "organization", HsdsTaxonomies.AreaTerm(), "state:NJ"));
        }

        await ImportAsync(services, first);
        var again = await ImportAsync(services, second);

        Assert.Equal((0, 0), (again.Created, again.Updated));
        Assert.True(again.Unchanged > 0);
    }

    public void Dispose()
    {
        _app.Dispose();
        _input.Dispose();
    }

    private static JsonObject Term(Guid id, string code, Guid? parent)
    {
        var term = new JsonObject { ["id"] = id.ToString(), ["code"] = code, ["name"] = code, ["description"] = $"The {code} term", ["taxonomy"] = "test-taxonomy" };
        if (parent is { } p)
        {
            term["parent_id"] = p.ToString();
        }

        return term;
    }

    private async Task<HsdsImportReport> ImportAsync(IEnumerable<JsonObject> records, string? state, string file = "services.ndjson")
    {
        var path = _input.File(file);
        if (Path.GetExtension(file) == ".json")
        {
            await File.WriteAllTextAsync(path, records.Single().ToJsonString());
        }
        else
        {
            await HsdsSamples.WriteNdjsonAsync(path, records);
        }

        return await _importer.ImportAsync(new HsdsImportOptions { Path = path, State = state }, null, CancellationToken.None);
    }
}

using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// Every official example of HSDS 3.0 and 3.1 imports (as detected and with the version named), and every way of
/// breaking one field of one gives a report naming file and JSON path while the database stays as it was.
/// The importer runs in-process against the application's real SQLite database: hundreds of variants at one
/// process each would take many minutes.
/// </summary>
public sealed class HsdsOfficialExampleImportTests(ITestOutputHelper output)
{
    /// <summary>Their addresses say "MyState": the examples need --state.</summary>
    private const string State = "NJ";

    [Theory]
    [MemberData(nameof(HsdsOfficialExamples.All), MemberType = typeof(HsdsOfficialExamples))]
    public async Task EveryOfficialExampleImportsAsDetectedAndAsTheVersionNamed(string version, string file)
    {
        using var app = new DirectoryAppFactory();
        var importer = app.Services.GetRequiredService<HsdsImporter>();
        var path = Path.Combine(HsdsOfficialExamples.Folder(version), file);
        var kind = file == "csv" ? HsdsRecordKind.Service : HsdsRecordKinds.FromFileName(file)!.Value;

        var named = await importer.ImportAsync(new HsdsImportOptions { Path = path, State = State, Version = HsdsOfficialExamples.Version(version) }, null, CancellationToken.None);
        var again = await importer.ImportAsync(new HsdsImportOptions { Path = path, State = State }, null, CancellationToken.None);

        Assert.Equal(HsdsOfficialExamples.Version(version), named.Version);
        Assert.True(named.Records > 0);
        if (kind.IsStored())
        {
            Assert.True(named.Created > 0, named.ToString());
            Assert.DoesNotContain(named.Warnings, w => w.Message.Contains("is not imported", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(named.Warnings, w => w.Message.Contains("is not imported", StringComparison.Ordinal));
        }

        // Detection: the files 3.1 changed (its new fields and tables) are recognised; the others are the same in both.
        if (File.ReadAllText(file == "csv" ? Path.Combine(path, "datapackage.json") : path).Contains("3.1", StringComparison.Ordinal) || version == "3.0")
        {
            Assert.Equal(HsdsOfficialExamples.Version(version), HsdsVersions.Detect(path));
        }

        Assert.Equal(0, again.Created);
        Assert.Equal(0, again.Updated);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("3.1")]
    public async Task TheOrganizationOfAnExampleNeedsStateOptionAndTheReportNamesIt(string version)
    {
        using var app = new DirectoryAppFactory();
        var importer = app.Services.GetRequiredService<HsdsImporter>();
        var path = Path.Combine(HsdsOfficialExamples.Folder(version), "organization_full.json");
        var organization = JsonNode.Parse(File.ReadAllText(path))!["id"]!.GetValue<string>();

        // Its address says state_province "MyState": nothing in the data names a state.
        var refused = await Assert.ThrowsAsync<HsdsImportException>(() => importer.ImportAsync(new HsdsImportOptions { Path = path }, null, CancellationToken.None));
        var placed = await importer.ImportAsync(new HsdsImportOptions { Path = path, State = State }, null, CancellationToken.None);

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("organization_full.json", "$"), (problem.File, problem.Path));
        Assert.Contains($"organization {organization}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("pass --state", problem.Message, StringComparison.Ordinal);
        Assert.Equal([$"organization {organization}"], placed.PlacedByStateOption.Select(p => p.Message.Split(' ')[..2]).Select(w => string.Join(' ', w)));
        Assert.Equal([State], DatabaseFile.Query(app.DataDirectory, $"SELECT s.Code FROM Partners p JOIN States s ON s.Id = p.StateId WHERE lower(p.Id) = '{organization}'"));
    }

    [Fact]
    public async Task TheShapesOfTheExamplesLandWhereTheyBelong()
    {
        using var app = new DirectoryAppFactory();
        var importer = app.Services.GetRequiredService<HsdsImporter>();
        var folder = HsdsOfficialExamples.Folder("3.1");

        await importer.ImportAsync(new HsdsImportOptions { Path = Path.Combine(folder, "organization_full.json"), State = State }, null, CancellationToken.None);
        await importer.ImportAsync(new HsdsImportOptions { Path = Path.Combine(folder, "service_at_location_full.json"), State = State }, null, CancellationToken.None);

        // The organization's nested service is its program; the service_at_location is kept with its nested service.
        var organization = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "organization_full.json")))!;
        var nestedService = organization["services"]![0]!["id"]!.GetValue<string>();
        Assert.Equal([organization["id"]!.GetValue<string>()], DatabaseFile.Query(app.DataDirectory, $"SELECT lower(PartnerId) FROM Programs WHERE lower(Id) = '{nestedService}'"));
        var sal = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "service_at_location_full.json")))!;
        var extra = DatabaseFile.Query(app.DataDirectory, $"SELECT HsdsExtra FROM Programs WHERE lower(Id) = '{sal["service"]!["id"]!.GetValue<string>()}'").Single();
        Assert.Contains(sal["id"]!.GetValue<string>(), extra, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("3.1")]
    public async Task BreakingAnyOneFieldOfAnyOfficialExampleIsReportedAndWritesNothing(string version)
    {
        using var app = new DirectoryAppFactory();
        var importer = app.Services.GetRequiredService<HsdsImporter>();
        var schemas = new HsdsSchemas(HsdsOfficialExamples.Version(version));
        using var work = new TempFolder();
        var before = DatabaseFile.Snapshot(app.DataDirectory);
        var tried = 0;
        var failures = new List<string>();
        foreach (var example in HsdsOfficialExamples.Json(version))
        {
            var document = JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsOfficialExamples.Folder(version), example)))!.AsObject();
            var record = (document["contents"] as JsonArray)?[0]!.AsObject() ?? document;
            var kind = HsdsRecordKinds.FromFileName(example)!.Value;
            foreach (var (variant, broken) in HsdsExampleVariants.Of(record, kind, schemas.Definition(kind.Schema())))
            {
                tried++;
                var file = work.File($"{kind.Schema()}_full.json");
                await File.WriteAllTextAsync(file, broken.ToJsonString());
                try
                {
                    var report = await importer.ImportAsync(new HsdsImportOptions { Path = file, State = State, Version = HsdsOfficialExamples.Version(version) }, null, CancellationToken.None);
                    failures.Add($"{example} {variant}: accepted ({report})");
                }
                catch (HsdsImportException e)
                {
                    if (e.Problems.Count == 0 || e.Problems.Any(p => p.File.Length == 0 || !p.Path.StartsWith('$')))
                    {
                        failures.Add($"{example} {variant}: unclear report {string.Join("; ", e.Problems)}");
                    }
                }

                if (DatabaseFile.Snapshot(app.DataDirectory) != before)
                {
                    failures.Add($"{example} {variant}: the database changed");
                    before = DatabaseFile.Snapshot(app.DataDirectory);
                }
            }
        }

        output.WriteLine($"HSDS {version}: {tried} variants of {HsdsOfficialExamples.Json(version).Count()} examples");
        Assert.True(failures.Count == 0, $"{failures.Count} of {tried} variants:\n" + string.Join("\n", failures));
    }
}

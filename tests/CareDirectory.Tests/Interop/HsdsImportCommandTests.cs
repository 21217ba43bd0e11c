using System.Text;
using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Interop;

/// <summary><c>import hsds</c> run as a user runs it: good input, every kind of bad input, and an import killed midway.</summary>
public sealed class HsdsImportCommandTests
{
    [Fact]
    public async Task ImportsNdjsonCreatingPartnersProgramsAndMissingTermsThenChangesNothingOnRerun()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), Enumerable.Range(0, 20).Select(HsdsSamples.Service));

        var dry = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--dry-run", "--data-dir", data.Path);
        Assert.True(dry.ExitCode == 0, dry.Stderr);
        Assert.Contains("20 record(s) valid; dry run, nothing was written", dry.Stdout, StringComparison.Ordinal);
        Assert.Equal(["0"], DatabaseFile.Query(data, "SELECT COUNT(*) FROM Programs WHERE Key LIKE 'hsds/%'"));

        var first = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--data-dir", data.Path);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("20 record(s): 29 created, 0 updated, 0 unchanged", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(["20|2"], DatabaseFile.Query(data, "SELECT COUNT(*), COUNT(DISTINCT PartnerId) FROM Programs WHERE Key LIKE 'hsds/%'"));
        Assert.Equal(["7"], DatabaseFile.Query(data, "SELECT COUNT(*) FROM ServiceTypes WHERE Taxonomy = 'openeligibility'"));
        Assert.Equal(["20"], DatabaseFile.Query(data, "SELECT COUNT(*) FROM ProgramServiceAreas a JOIN Counties c ON c.Id = a.CountyId JOIN Programs p ON p.Id = a.CareProgramId WHERE c.Fips = '34003' AND p.Key LIKE 'hsds/%'"));

        var second = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--data-dir", data.Path);
        Assert.Contains("20 record(s): 0 created, 0 updated, 22 unchanged", second.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad-json", "services.json line 1 ($)", "invalid JSON at column")]
    [InlineData("schema", "services.ndjson line 2 ($.minimum_age)", "type")]
    [InlineData("required", "services.ndjson line 1 ($)", "required")]
    [InlineData("format", "organizations.ndjson line 1 ($.email)", "format")]
    [InlineData("nested", "services.ndjson line 1 ($.organization.phones[0])", "number")]
    [InlineData("unknown-organization", "services.ndjson line 1 ($.organization_id)", "unknown organization 00000001-0000-4000-8000-0000000003e7")]
    [InlineData("unknown-term", "services.ndjson line 1 ($.attributes[0].taxonomy_term_id)", "unknown taxonomy_term")]
    [InlineData("duplicate", "organizations.ndjson line 2 ($.id)", "duplicate organization id 00000001-0000-4000-8000-000000000000 (first at organizations.ndjson line 1)")]
    [InlineData("utf8", "services.ndjson line 3 ($)", "not valid UTF-8")]
    [InlineData("csv-utf8", "services.csv line 2", "not valid UTF-8")]
    [InlineData("state", "--state", "unknown state 'ZZ'")]
    public async Task BadInputIsRejectedNamingTheProblemAndNothingIsWritten(string problem, string expectedWhere, string expectedWhat)
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        var before = DatabaseFile.Snapshot(data);
        var path = await WriteBadInputAsync(problem, input);

        var result = await CliRunner.RunAsync("import", "hsds", path, "--state", problem == "state" ? "ZZ" : "NJ", "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expectedWhere, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expectedWhat, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }

    [Fact]
    public async Task ALineLongerThanOneRecordMayTakeIsRefusedByLineAndTheRestIsStillChecked()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        var before = DatabaseFile.Snapshot(data);
        var services = Enumerable.Range(0, 3).Select(HsdsSamples.Service).ToList();
        services[2]["minimum_age"] = "one";
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), services);
        var lines = await File.ReadAllLinesAsync(input.File("services.ndjson"));
        var huge = new string(' ', HsdsInput.MaxLineBytes) + "{}";
        await File.WriteAllLinesAsync(input.File("services.ndjson"), [lines[0], huge, lines[1], lines[2]]);

        var result = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("services.ndjson line 2 ($): line longer than 16 MiB", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("services.ndjson line 4 ($.minimum_age)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 problem(s) found. Nothing was written.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }

    [Fact]
    public async Task EveryProblemInAFileIsReportedNotJustTheFirst()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        var services = Enumerable.Range(0, 5).Select(HsdsSamples.Service).ToList();
        services[1]["minimum_age"] = "one";
        services[3].Remove("name");
        services[4]["id"] = "not-a-uuid";
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), services);

        var result = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("services.ndjson line 2 ($.minimum_age)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("services.ndjson line 4 ($)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("services.ndjson line 5 ($.id)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("3 problem(s) found. Nothing was written.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANestedOrganizationIsReportedInEveryServiceWhereItIsInvalid()
    {
        // Services 10-19 nest organization 1; in services 12 and 15 it has a bad email. Valid copies are checked once,
        // which must not hide the bad ones.
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        var services = Enumerable.Range(0, 20).Select(HsdsSamples.Service).ToList();
        services[12]["organization"]!["email"] = "not an email";
        services[15]["organization"]!["email"] = "not an email";
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), services);
        var before = DatabaseFile.Snapshot(data);

        var result = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("services.ndjson line 13 ($.organization.email): format", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("services.ndjson line 16 ($.organization.email): format", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 problem(s) found. Nothing was written.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }

    [Fact]
    public async Task AnImportKilledMidwayLeavesAConsistentDatabaseAndARerunCompletes()
    {
        const int Services = 5000;
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        var file = input.File("services.ndjson");
        await HsdsSamples.WriteNdjsonAsync(file, Enumerable.Range(0, Services).Select(HsdsSamples.Service));

        using (var process = CliRunner.Start("import", "hsds", file, "--state", "NJ", "--batch-size", "100", "--data-dir", data.Path))
        {
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (DatabaseFile.Count(data, "Programs WHERE Key LIKE 'hsds/%'") == 0 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the import finished before it could be interrupted");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await drain;
        }

        var committed = DatabaseFile.Count(data, "Programs WHERE Key LIKE 'hsds/%'");
        Assert.InRange(committed, 1, Services - 1);
        Assert.Equal(0, committed % 100);
        Assert.Equal(["ok"], DatabaseFile.Query(data, "PRAGMA integrity_check"));
        Assert.Empty(DatabaseFile.Query(data, "PRAGMA foreign_key_check"));
        Assert.Equal(0, DatabaseFile.Count(data, "Programs p WHERE NOT EXISTS (SELECT 1 FROM Partners o WHERE o.Id = p.PartnerId)"));
        Assert.Equal(0, DatabaseFile.Count(data, "Programs p WHERE p.Key LIKE 'hsds/%' AND NOT EXISTS (SELECT 1 FROM ProgramServiceTypes t WHERE t.CareProgramId = p.Id)"));

        var rerun = await CliRunner.RunAsync("import", "hsds", file, "--state", "NJ", "--batch-size", "100", "--data-dir", data.Path);

        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.Equal(Services, DatabaseFile.Count(data, "Programs WHERE Key LIKE 'hsds/%'"));
        Assert.Matches($@"\d+ created, 0 updated, {committed + (Services / 10)} unchanged", rerun.Stdout);
    }

    [Fact]
    public async Task BatchesOfOneServiceWriteWhatOneBatchWrites()
    {
        // Four services in a row share a term the database does not have: with one service a batch, later batches use
        // a term an earlier batch created (a pipelined writer once failed here on the term's id).
        var services = Enumerable.Range(0, 40).Select(n =>
        {
            var service = HsdsSamples.Service(n);
            var term = HsdsSamples.Id(3, 100 + (n / 4)).ToString();
            var attribute = service["attributes"]![0]!.AsObject();
            attribute["taxonomy_term_id"] = term;
            attribute["taxonomy_term"] = new JsonObject { ["id"] = term, ["code"] = $"shared-{n / 4}", ["name"] = $"Shared {n / 4}", ["description"] = "Shared care", ["taxonomy"] = "openeligibility" };
            return service;
        }).ToList();
        using var input = new TempFolder();
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), services);
        using var oneByOne = await CliRunner.SeededDataFolderAsync();
        using var together = await CliRunner.SeededDataFolderAsync();

        var small = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--batch-size", "1", "--data-dir", oneByOne.Path);
        var large = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--batch-size", "1000", "--data-dir", together.Path);

        Assert.True(small.ExitCode == 0, small.Stderr);
        Assert.True(large.ExitCode == 0, large.Stderr);
        Assert.Contains("40 record(s): 54 created, 0 updated, 0 unchanged", small.Stdout, StringComparison.Ordinal);
        Assert.Contains("40 record(s): 54 created, 0 updated, 0 unchanged", large.Stdout, StringComparison.Ordinal);
        Assert.Equal(["10"], DatabaseFile.Query(oneByOne, "SELECT COUNT(*) FROM ServiceTypes WHERE Code LIKE 'shared-%'"));
        Assert.Equal(ImportedRows(together), ImportedRows(oneByOne));
    }

    [Fact]
    public async Task ABatchThatFailsToSaveStopsTheImportAndKeepsTheBatchesBeforeItWhole()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), Enumerable.Range(0, 40).Select(HsdsSamples.Service));
        // Valid input the database refuses: a seeded program already holds the key service 25 would get.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={data.File("caredirectory.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE Programs SET Key = 'hsds/{HsdsSamples.Id(2, 25)}' WHERE rowid = (SELECT MIN(rowid) FROM Programs)";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var result = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--batch-size", "10", "--data-dir", data.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("UNIQUE constraint failed: Programs.Key", result.Stderr, StringComparison.Ordinal);
        var imported = Enumerable.Range(0, 20).Select(n => HsdsSamples.Id(2, n).ToString().ToUpperInvariant()).Order(StringComparer.Ordinal);
        Assert.Equal(imported, DatabaseFile.Query(data, "SELECT Id FROM Programs WHERE Key LIKE 'hsds/%' AND Key <> 'hsds/" + HsdsSamples.Id(2, 25) + "' ORDER BY Id"));
        Assert.Equal(0, DatabaseFile.Count(data, "Programs p WHERE p.Key LIKE 'hsds/%' AND p.Key <> 'hsds/" + HsdsSamples.Id(2, 25) + "' AND (NOT EXISTS (SELECT 1 FROM ProgramServiceTypes t WHERE t.CareProgramId = p.Id) OR NOT EXISTS (SELECT 1 FROM ProgramServiceAreas a WHERE a.CareProgramId = p.Id))"));
        Assert.Equal(20, DatabaseFile.Count(data, "ChangeLog WHERE EntityType = 'Program' AND EntityKey LIKE 'hsds/%'"));
        Assert.Equal(["ok"], DatabaseFile.Query(data, "PRAGMA integrity_check"));
    }

    /// <summary>What an import wrote, without the times of the run (and the hash of its generated last_modified).</summary>
    private static List<string> ImportedRows(TempFolder data) =>
    [
        .. DatabaseFile.Query(data, "SELECT Id, Key, Name, PartnerId, StateId, Version, ContentHash, Eligibility, Cost, Languages FROM Programs WHERE Key LIKE 'hsds/%' ORDER BY Id"),
        .. DatabaseFile.Query(data, "SELECT Id, Key, Name, StateId, Version, ContentHash, HsdsExtra FROM Partners WHERE Key LIKE 'hsds/%' ORDER BY Id"),
        .. DatabaseFile.Query(data, "SELECT * FROM ProgramServiceTypes ORDER BY 1, 2"),
        .. DatabaseFile.Query(data, "SELECT * FROM ServiceTypes ORDER BY Id"),
        .. DatabaseFile.Query(data, "SELECT CareProgramId, Kind, Code, StateId, CountyId, Note FROM ProgramServiceAreas ORDER BY CareProgramId, Code"),
        .. DatabaseFile.Query(data, "SELECT EntityType, EntityId, EntityKey, Kind, Version FROM ChangeLog ORDER BY EntityType, EntityId"),
    ];

    private static async Task<string> WriteBadInputAsync(string problem, TempFolder input)
    {
        var services = Enumerable.Range(0, 3).Select(HsdsSamples.Service).ToList();
        var ndjson = input.File("services.ndjson");
        switch (problem)
        {
            case "bad-json":
                var text = new JsonArray([.. services]).ToJsonString().Replace("\"name\":\"Service 1\",", "\"name\":\"Service 1\",,", StringComparison.Ordinal);
                await File.WriteAllTextAsync(input.File("services.json"), text);
                return input.File("services.json");
            case "schema":
                services[1]["minimum_age"] = "twelve";
                break;
            case "required":
                services[0].Remove("name");
                break;
            case "format":
                var organization = HsdsSamples.Organization(0);
                organization["email"] = "not an email";
                await HsdsSamples.WriteNdjsonAsync(input.File("organizations.ndjson"), [organization]);
                return input.File("organizations.ndjson");
            case "nested":
                services[0]["organization"]!["phones"] = new JsonArray(new JsonObject { ["id"] = HsdsSamples.Id(7, 0).ToString() });
                break;
            case "unknown-organization":
                services[0].Remove("organization");
                services[0]["organization_id"] = HsdsSamples.Id(1, 999).ToString();
                break;
            case "unknown-term":
                services[0]["attributes"]![0]!.AsObject().Remove("taxonomy_term");
                break;
            case "duplicate":
                await HsdsSamples.WriteNdjsonAsync(input.File("organizations.ndjson"), [HsdsSamples.Organization(0), HsdsSamples.Organization(0)]);
                return input.File("organizations.ndjson");
            case "utf8":
                await HsdsSamples.WriteNdjsonAsync(ndjson, services);
                var bytes = (await File.ReadAllBytesAsync(ndjson)).ToList();
                var line3 = Encoding.UTF8.GetBytes("Service 2");
                var at = IndexOf(bytes, line3);
                bytes.Insert(at, 0xFF);
                await File.WriteAllBytesAsync(ndjson, [.. bytes]);
                return ndjson;
            case "csv-utf8":
                foreach (var fixture in Directory.GetFiles(HsdsFixtures.CsvExample))
                {
                    File.Copy(fixture, input.File(Path.GetFileName(fixture)));
                }

                var csv = (await File.ReadAllBytesAsync(input.File("services.csv"))).ToList();
                csv.Insert(IndexOf(csv, Encoding.UTF8.GetBytes("Community Counselling")), 0xC3);
                await File.WriteAllBytesAsync(input.File("services.csv"), [.. csv]);
                return input.Path;
        }

        await HsdsSamples.WriteNdjsonAsync(ndjson, services);
        return ndjson;
    }

    private static int IndexOf(List<byte> haystack, byte[] needle) =>
        Enumerable.Range(0, haystack.Count - needle.Length).First(i => haystack.Skip(i).Take(needle.Length).SequenceEqual(needle));
}

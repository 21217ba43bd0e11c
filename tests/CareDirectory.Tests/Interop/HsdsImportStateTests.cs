using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// <c>import hsds</c> and states (#18): a record's state comes from its data, <c>--state</c> only places records whose
/// data names none (and the output names them), and a state or county the data names that the database lacks is refused.
/// The seed has NJ and IL, not TX.
/// </summary>
public sealed class HsdsImportStateTests
{
    [Fact]
    public async Task RecordsThatNameTheirStatesImportWithoutStateOption()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        await HsdsSamples.WriteNdjsonAsync(input.File("organizations.ndjson"), [WithAddress(0, "NJ"), WithArea(1, "state:IL"), WithAddress(2, "New Jersey"), WithArea(3, "county:17031")]);

        var result = await CliRunner.RunAsync("import", "hsds", input.File("organizations.ndjson"), "--data-dir", data.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("--state", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["Organization 0|NJ", "Organization 1|IL", "Organization 2|NJ", "Organization 3|IL"], PartnerStates(data));
    }

    [Fact]
    public async Task WithoutStateOptionARecordNamingNoStateIsRefusedByNameAndNothingIsWritten()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        var before = DatabaseFile.Snapshot(data);
        await HsdsSamples.WriteNdjsonAsync(input.File("organizations.ndjson"), [WithAddress(0, "NJ"), WithAddress(1, "MyState"), HsdsSamples.Organization(2)]);

        var result = await CliRunner.RunAsync("import", "hsds", input.File("organizations.ndjson"), "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"organizations.ndjson line 2 ($): organization {HsdsSamples.Id(1, 1)} 'Organization 1' names no state", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"organizations.ndjson line 3 ($): organization {HsdsSamples.Id(1, 2)} 'Organization 2' names no state", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("pass --state", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(HsdsSamples.Id(1, 0).ToString(), result.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 problem(s) found. Nothing was written.", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }

    [Fact]
    public async Task StateOptionPlacesOnlyTheRecordsNamingNoStateAndTheOutputNamesThem()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        await HsdsSamples.WriteNdjsonAsync(input.File("organizations.ndjson"), [WithArea(0, "state:IL"), WithAddress(1, "MyState")]);

        var result = await CliRunner.RunAsync("import", "hsds", input.File("organizations.ndjson"), "--state", "NJ", "--data-dir", data.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal([$"note: organizations.ndjson line 2 ($): organization {HsdsSamples.Id(1, 1)} 'Organization 1' names no state (no state or county area, no address state_province that is a US state): placed in NJ by --state"],
            result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(["Organization 0|IL", "Organization 1|NJ"], PartnerStates(data));
    }

    [Fact]
    public async Task AnOrganizationWeAlreadyHaveKeepsItsStateAndNeedsNoStateOption()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        await HsdsSamples.WriteNdjsonAsync(input.File("organizations.ndjson"), [HsdsSamples.Organization(0)]);
        var first = await CliRunner.RunAsync("import", "hsds", input.File("organizations.ndjson"), "--state", "IL", "--data-dir", data.Path);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var edited = HsdsSamples.Organization(0);
        edited["description"] = "Edited at the source";
        await HsdsSamples.WriteNdjsonAsync(input.File("organizations.ndjson"), [edited]);

        var again = await CliRunner.RunAsync("import", "hsds", input.File("organizations.ndjson"), "--data-dir", data.Path);

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("0 created, 1 updated", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(["Organization 0|IL"], PartnerStates(data));
    }

    [Theory]
    [InlineData("address-code", "($.locations[0].addresses[0].state_province)", "state 'TX' (TX) is not in the database: add seed-data/tx/state.json (with its counties) and run `seed`")]
    [InlineData("address-name", "($.locations[0].addresses[0].state_province)", "state 'Texas' (TX) is not in the database: add seed-data/tx/state.json")]
    [InlineData("state-area", "($.attributes[0].value)", "state 'TX' is not in the database: add seed-data/tx/state.json")]
    [InlineData("county-area", "($.attributes[0].value)", "county 34999 (NJ) is not in the database: add it to seed-data/nj/state.json and run `seed`")]
    [InlineData("service-area", "services.ndjson line 1 ($.service_areas[0].extent)", "county 48201 (TX) is not in the database: add it to seed-data/tx/state.json")]
    public async Task AStateOrCountyTheDataNamesButTheDatabaseLacksIsRefusedSayingHowToAddIt(string problem, string expectedWhere, string expectedWhat)
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        var before = DatabaseFile.Snapshot(data);
        var organization = problem switch
        {
            "address-code" => WithAddress(0, "TX"),
            "address-name" => WithAddress(0, "Texas"),
            "state-area" => WithArea(0, "state:TX"),
            "county-area" => WithArea(0, "county:34999"),
            _ => WithAddress(0, "NJ"),
        };
        await HsdsSamples.WriteNdjsonAsync(input.File("organizations.ndjson"), [organization]);
        var service = HsdsSamples.Service(0);
        service.Remove("organization");
        service["service_areas"] = new JsonArray(new JsonObject { ["id"] = HsdsSamples.Id(5, 0).ToString(), ["name"] = "Harris County", ["extent_type"] = HsdsServiceAreas.ExtentType, ["extent"] = "county:48201" });
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), problem == "service-area" ? [service] : []);

        // --state is given: it must not stand in for a state the data names.
        var result = await CliRunner.RunAsync("import", "hsds", input.Path, "--state", "NJ", "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expectedWhere, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expectedWhat, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }

    private static JsonObject WithAddress(int n, string stateProvince)
    {
        var organization = HsdsSamples.Organization(n);
        var location = HsdsSamples.Id(7, n).ToString();
        organization["locations"] = new JsonArray(new JsonObject
        {
            ["id"] = location,
            ["location_type"] = "physical",
            ["organization_id"] = organization["id"]!.GetValue<string>(),
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["id"] = HsdsSamples.Id(8, n).ToString(),
                ["location_id"] = location,
                ["address_1"] = "1 Main Street",
                ["city"] = "Springfield",
                ["state_province"] = stateProvince,
                ["postal_code"] = "00000",
                ["country"] = "US",
                ["address_type"] = "physical",
            }),
        });
        return organization;
    }

    private static JsonObject WithArea(int n, string extent)
    {
        var organization = HsdsSamples.Organization(n);
        organization["attributes"] = new JsonArray(HsdsTaxonomies.Attribute(HsdsSamples.Id(1, n), "organization", HsdsTaxonomies.AreaTerm(), extent));
        return organization;
    }

    private static List<string> PartnerStates(TempFolder data) =>
        DatabaseFile.Query(data, "SELECT p.Name, s.Code FROM Partners p JOIN States s ON s.Id = p.StateId WHERE p.Key LIKE 'hsds/%' ORDER BY p.Name");
}

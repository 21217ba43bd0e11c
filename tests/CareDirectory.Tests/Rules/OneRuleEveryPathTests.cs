using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;
using CareDirectory.Tests.Interop;
using CareDirectory.Tests.Mutations;

namespace CareDirectory.Tests.Rules;

/// <summary>
/// The same bad program through every inbound path — a GraphQL mutation, a seed file, an HSDS JSON record and an
/// HSDS CSV row — is refused by the same record rule: the same code at the same field, and nothing is written.
/// </summary>
public sealed class OneRuleEveryPathTests
{
    [Theory]
    [MemberData(nameof(BadProgram.Cases), MemberType = typeof(BadProgram))]
    public async Task AGraphQLMutationRefusesIt(string name)
    {
        var bad = BadProgram.Named(name);
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var fso = await app.PartnerAsync("nj/bergen/fso");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("createProgram", "program { id }", new
        {
            partner = EditorApp.IdOf("Partner", fso.Id),
            name = bad.Name,
            website = bad.Website,
            eligibility = new { minimumAge = bad.MinimumAge, maximumAge = bad.MaximumAge },
        }, key);

        var error = Assert.Single(payload["errors"]!.AsArray());
        Assert.Equal(bad.Code, error!["code"]!.GetValue<string>());
        Assert.Equal(["input", .. bad.Field.Split('.')], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(BadProgram.Cases), MemberType = typeof(BadProgram))]
    public async Task ASeedFileRefusesIt(string name)
    {
        var bad = BadProgram.Named(name);
        using var data = await CliRunner.SeededDataFolderAsync();
        using var seed = new TempFolder();
        RepositoryPaths.CopySeedData(seed.Path);
        var programs = Path.Combine(seed.Path, "nj", "programs.json");
        var file = JsonNode.Parse(await File.ReadAllTextAsync(programs))!;
        var program = file["programs"]![0]!;
        program["name"] = bad.Name;
        program["website"] = bad.Website;
        program["eligibility"]!["minimumAge"] = bad.MinimumAge;
        program["eligibility"]!["maximumAge"] = bad.MaximumAge;
        await File.WriteAllTextAsync(programs, file.ToJsonString());
        var before = DatabaseFile.Snapshot(data);

        var result = await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", seed.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"record '{program["key"]}', field '{bad.Field}': {bad.Code}: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }

    [Theory]
    [MemberData(nameof(BadProgram.Cases), MemberType = typeof(BadProgram))]
    public async Task AnHsdsJsonRecordIsRefused(string name)
    {
        var bad = BadProgram.Named(name);
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        var service = HsdsSamples.Service(0);
        service["name"] = bad.Name;
        if (bad.Website is not null)
        {
            service["url"] = bad.Website;
        }

        service["minimum_age"] = bad.MinimumAge;
        service["maximum_age"] = bad.MaximumAge;
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), [service]);

        await AssertImportRefusedAsync(data, input.File("services.ndjson"), bad);
    }

    [Theory]
    [MemberData(nameof(BadProgram.Cases), MemberType = typeof(BadProgram))]
    public async Task AnHsdsCsvRowIsRefused(string name)
    {
        var bad = BadProgram.Named(name);
        using var data = await CliRunner.SeededDataFolderAsync();
        using var input = new TempFolder();
        foreach (var file in Directory.GetFiles(HsdsFixtures.CsvExample))
        {
            File.Copy(file, input.File(Path.GetFileName(file)));
        }

        CsvRow.Set(input.File("services.csv"), 1, new Dictionary<string, string>
        {
            ["name"] = bad.Name,
            ["url"] = bad.Website ?? "http://example.com/counselling",
            ["minimum_age"] = bad.MinimumAge.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["maximum_age"] = bad.MaximumAge.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        await AssertImportRefusedAsync(data, input.Path, bad);
    }

    private static async Task AssertImportRefusedAsync(TempFolder data, string path, BadProgram bad)
    {
        var before = DatabaseFile.Snapshot(data);

        var result = await CliRunner.RunAsync("import", "hsds", path, "--state", "NJ", "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{bad.Code}: {bad.Field}: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }
}

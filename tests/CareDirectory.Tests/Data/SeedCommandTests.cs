using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Data;

/// <summary>The seed and migrate commands, run as a user runs them.</summary>
public sealed class SeedCommandTests
{
    [Fact]
    public async Task MigrateAppliesEveryMigrationToAnEmptyDatabase()
    {
        using var data = new TempFolder();
        var result = await CliRunner.RunAsync("migrate", "--data-dir", data.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Applied", result.Stdout, StringComparison.Ordinal);
        var tables = DatabaseFile.Query(data, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Contains("Partners", tables);
        Assert.Contains("Programs", tables);
        Assert.Contains("ProgramServiceTypes", tables);

        var again = await CliRunner.RunAsync("migrate", "--data-dir", data.Path);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("up to date", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedingTwiceChangesNothing()
    {
        using var data = new TempFolder();
        var first = await CliRunner.RunAsync("seed", "--data-dir", data.Path);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Matches(@"\d+ created, 0 updated, 0 unchanged", first.Stdout);
        var before = DatabaseFile.Snapshot(data);

        var second = await CliRunner.RunAsync("seed", "--data-dir", data.Path);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"0 created, 0 updated, \d+ unchanged", second.Stdout);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }

    [Fact]
    public async Task AChangedSeedFileUpdatesOnlyThatRecord()
    {
        using var data = new TempFolder();
        using var seeds = new TempFolder();
        RepositoryPaths.CopySeedData(seeds.Path);
        Assert.Equal(0, (await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", seeds.Path)).ExitCode);

        var file = Path.Combine(seeds.Path, "nj", "partners.json");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("\"name\": \"CarePlusNJ\"", "\"name\": \"CarePlus New Jersey\"", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", seeds.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"0 created, 1 updated, \d+ unchanged", result.Stdout);
        Assert.Equal(["CarePlus New Jersey|2"], DatabaseFile.Query(data, "SELECT Name || '|' || Version FROM Partners WHERE Key = 'nj/bergen/careplusnj'"));
    }

    [Theory]
    [InlineData("nj/partners.json", "\"roles\": [", "\"roles\": [,", "nj/partners.json", "roles")]
    [InlineData("nj/programs.json", "\"partner\": \"nj/bergen/careplusnj\"", "\"partner\": \"nj/bergen/nobody\"", "record 'nj/bergen/mrss'", "unknown partner 'nj/bergen/nobody'")]
    [InlineData("nj/partners.json", "\"key\": \"nj/bergen/fso\"", "\"key\": \"nj/bergen/ciacc\"", "record 'nj/bergen/ciacc'", "duplicate key")]
    [InlineData("il/programs.json", "\"name\": \"JCFS System of Care (SOC)\",", "", "il/programs.json", "name")]
    [InlineData("nj/programs.json", "\"crisis.mobile-response\"", "\"crisis.teleportation\"", "field 'serviceTypes'", "unknown service type 'crisis.teleportation'")]
    [InlineData("nj/state.json", "\"timeZone\": \"America/New_York\"", "\"timeZone\": \"Mars/Olympus\"", "field 'timeZone'", "unknown IANA time zone")]
    [InlineData("nj/meetings.json", "\"kind\": \"TownHall\"", "\"kind\": \"Picnic\"", "nj/meetings.json", "kind")]
    public async Task BadSeedFilesFailNamingTheProblemAndWriteNothing(string file, string find, string replace, string expectedWhere, string expectedWhat)
    {
        using var data = new TempFolder();
        using var seeds = new TempFolder();
        RepositoryPaths.CopySeedData(seeds.Path);
        Assert.Equal(0, (await CliRunner.RunAsync("migrate", "--data-dir", data.Path)).ExitCode);
        var before = DatabaseFile.Snapshot(data);

        var path = Path.Combine(seeds.Path, file);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text.Replace(find, replace, StringComparison.Ordinal));
        var result = await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", seeds.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expectedWhere, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expectedWhat, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }
}

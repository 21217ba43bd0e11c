using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Data;

/// <summary>
/// seed validates one file at a time, keeping only keys, then writes state by state: references and duplicates across
/// states' files must still be found, and a problem in the last file read must still leave the database unchanged.
/// </summary>
public sealed class SeedAcrossStatesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("1")] // every record saved on its own: the program is saved before nj's partners unless they come first
    public async Task AProgramMayNameAPartnerFromALaterStatesFile(string? batchSize)
    {
        using var data = new TempFolder();
        using var seeds = new TempFolder();
        RepositoryPaths.CopySeedData(seeds.Path);
        // il is read before nj, so nj/dcf is not known yet when il/programs.json is checked.
        Replace(seeds, "il/programs.json", "\"partner\": \"il/jcfs\"", "\"partner\": \"nj/dcf\"");
        var environment = batchSize is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Database__SeedBatchSize"] = batchSize };

        var result = await CliRunner.RunAsync(environment, "seed", "--data-dir", data.Path, "--path", seeds.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["nj/dcf"], DatabaseFile.Query(data, "SELECT p.Key FROM Programs r JOIN Partners p ON p.Id = r.PartnerId WHERE r.Key = 'il/jcfs/system-of-care'"));
    }

    [Theory]
    [InlineData("il/programs.json", "\"partner\": \"il/jcfs\"", "\"partner\": \"nj/nobody\"", "il/programs.json: record 'il/jcfs/system-of-care', field 'partner'", "unknown partner 'nj/nobody'")]
    [InlineData("nj/partners.json", "\"key\": \"nj/dcf\"", "\"key\": \"il/dcfs\"", "nj/partners.json: record 'il/dcfs', field 'key'", "duplicate key (also in")]
    [InlineData("nj/educator-resources.json", "\"owner\": \"nj/bergen/ciacc\"", "\"owner\": \"il/nobody\"", "nj/educator-resources.json: record", "unknown partner 'il/nobody'")]
    [InlineData("nj/meetings.json", "\"meetings\": [", "\"agenda\": 1, \"meetings\": [", "nj/meetings.json", "'agenda'")]
    public async Task AProblemInTheLastStatesFilesLeavesASeededDatabaseUnchanged(string file, string find, string replace, string expectedWhere, string expectedWhat)
    {
        using var data = new TempFolder();
        using var seeds = new TempFolder();
        RepositoryPaths.CopySeedData(seeds.Path);
        Assert.Equal(0, (await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", seeds.Path)).ExitCode);
        var before = DatabaseFile.Snapshot(data);

        // A change in the first state's file would be written first if writing started before every file was checked.
        Replace(seeds, "il/partners.json", "\"name\": \"Illinois Department", "\"name\": \"The Illinois Department");
        Replace(seeds, file, find, replace);
        var result = await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", seeds.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expectedWhere, result.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains(expectedWhat, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFile.Snapshot(data));
    }

    private static void Replace(TempFolder seeds, string file, string find, string replace)
    {
        var path = Path.Combine(seeds.Path, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}

using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Cli;

/// <summary><c>report coverage</c>, run as a state administrator runs it, against a seeded data folder.</summary>
public sealed class ReportCommandTests
{
    private static async Task<string> SeededAsync(TempFolder folder)
    {
        var seeded = await CliRunner.RunAsync("seed", "--data-dir", folder.Path);
        Assert.True(seeded.ExitCode == 0, seeded.Stderr);
        return folder.Path;
    }

    [Fact]
    public async Task CoverageListsEachCountysRolesWithPartnersOrNoneAndTheStaleRecords()
    {
        using var folder = new TempFolder();
        var data = await SeededAsync(folder);

        var report = await CliRunner.RunAsync("report", "coverage", "--state", "nj", "--stale-after", "24months", "--data-dir", data);

        Assert.True(report.ExitCode == 0, report.Stderr);
        var lines = report.Stdout.Split('\n', StringSplitOptions.TrimEntries).ToList();
        var morris = lines.IndexOf("NJ Morris (34027)");
        Assert.True(morris >= 0, report.Stdout);
        Assert.Equal(
            ["MobileResponse       none", "CareManagement       none", "FamilySupport        Family Partners", "InteragencyCouncil   none"],
            lines.Skip(morris + 1).Take(4));
        var salem = lines.IndexOf("NJ Salem (34033)");
        Assert.Equal("CareManagement       CGS Family Partnership, Inc.", lines[salem + 2]);
        Assert.Contains(lines, l => l.StartsWith("NJ: ", StringComparison.Ordinal) && l.EndsWith("of 84 county roles have no local partner.", StringComparison.Ordinal));
        // The Ocean CIACC contact dates from 2011: older than 24 months. Illinois is not in a New Jersey report.
        Assert.Contains("partner           2011-05-01  nj/ocean/ciacc", lines);
        Assert.DoesNotContain(lines, l => l.Contains("il/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AThresholdOfFifteenYearsLeavesOnlyTheOldestRecordStale()
    {
        using var folder = new TempFolder();
        var report = await CliRunner.RunAsync("report", "coverage", "--state", "NJ", "--stale-after", "15years", "--data-dir", await SeededAsync(folder));

        Assert.True(report.ExitCode == 0, report.Stderr);
        Assert.Contains("NJ: 1 records verified before", report.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--state", "XX", "--state: 'XX' is not a state")]
    [InlineData("--stale-after", "3weeks", "--stale-after: '3weeks' is not a period")]
    [InlineData("--stale-after", "99999999months", "--stale-after: '99999999months' is not a period")]
    public async Task BadOptionsExitWithTwoAndNameTheOption(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var report = await CliRunner.RunAsync("report", "coverage", option, value, "--data-dir", await SeededAsync(folder));

        Assert.Equal(2, report.ExitCode);
        Assert.Contains(message, report.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", report.Stderr, StringComparison.Ordinal);
    }
}

using CareDirectory.Bench.Synthetic;
using CareDirectory.Seeding;
using CareDirectory.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareDirectory.Tests.Synthetic;

/// <summary><c>generate</c>: deterministic, loadable by <c>seed</c>, labelled, and never written into seed-data/.</summary>
public sealed class GenerateCommandTests
{
    private static readonly SeedTaxonomy _taxonomy = SeedReader.ReadTaxonomy(RepositoryPaths.SeedData);

    [Fact]
    public void TheSameSeedWritesIdenticalFilesAndAnotherSeedDoesNot()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var other = new TempFolder();
        new SyntheticDataSet(SyntheticScale.Small, 5, _taxonomy).Write(first.Path);
        new SyntheticDataSet(SyntheticScale.Small, 5, _taxonomy).Write(second.Path);
        new SyntheticDataSet(SyntheticScale.Small, 6, _taxonomy).Write(other.Path);

        Assert.Equal(Files(first), Files(second));
        Assert.NotEqual(Files(first)["nj/partners.json"], Files(other)["nj/partners.json"]);
    }

    [Fact]
    public void NationalScaleCoversEveryStateAndDcWithRealFipsCodes()
    {
        var states = SyntheticScale.National.States();
        Assert.Equal(51, states.Count);
        Assert.Equal(states.Count, states.Select(s => s.Fips).Distinct().Count());
        Assert.Equal("34", states.Single(s => s.Code == "NJ").Fips);
        Assert.Equal("11", states.Single(s => s.Code == "DC").Fips);
        Assert.InRange(states.Sum(s => s.CountyCount), 3_000, 3_300);
    }

    [Fact]
    public async Task SmallScaleLoadsWithSeedAndEveryRecordIsLabelledSynthetic()
    {
        using var output = new TempFolder();
        using var data = new TempFolder();
        var generated = await CliRunner.RunBenchHostAsync("generate", "--scale", "small", "--seed", "3", "--output", output.Path);
        Assert.True(generated.ExitCode == 0, generated.Stderr);
        Assert.True(File.Exists(Path.Combine(output.Path, SyntheticDataSet.LabelFile)));

        var seeded = await CliRunner.RunAsync("seed", "--data-dir", data.Path, "--path", output.Path);
        Assert.True(seeded.ExitCode == 0, seeded.Stderr);
        Assert.Matches(@"\d{4,} created, 0 updated, 0 unchanged", seeded.Stdout);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, "caredirectory.db")};Pooling=False");
        await connection.OpenAsync();
        foreach (var table in new[] { "States", "Counties", "Partners", "Programs", "Meetings", "EducatorResources" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*), SUM(json_extract(Provenance, '$.Source') = 'synthetic (generate --scale small --seed 3)') FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.True(reader.GetInt64(0) > 0, table);
            Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
        }
    }

    [Fact]
    public async Task RefusesToWriteIntoSeedData()
    {
        foreach (var target in new[] { RepositoryPaths.SeedData, Path.Combine(RepositoryPaths.SeedData, "synthetic") })
        {
            var result = await CliRunner.RunBenchHostAsync("generate", "--scale", "small", "--output", target);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("refusing to write synthetic data into seed-data/", result.Stderr, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(Path.Combine(RepositoryPaths.SeedData, "synthetic")));
        Assert.False(File.Exists(Path.Combine(RepositoryPaths.SeedData, SyntheticDataSet.LabelFile)));
    }

    [Fact]
    public async Task RefusesAFolderItDidNotWrite()
    {
        using var output = new TempFolder();
        await File.WriteAllTextAsync(output.File("notes.txt"), "mine");
        var result = await CliRunner.RunBenchHostAsync("generate", "--output", output.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("was not written by generate", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(output.File("notes.txt")));
    }

    private static Dictionary<string, string> Files(TempFolder folder) =>
        Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}

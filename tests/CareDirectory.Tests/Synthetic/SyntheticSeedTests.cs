using CareDirectory.Bench.Synthetic;
using CareDirectory.Seeding;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Synthetic;

/// <summary>
/// <c>seed</c> of a generated set in several batches (a small batch size stands in for national scale): the
/// empty-database fast path, then the upsert path, give the same counts on both providers.
/// </summary>
public abstract class SyntheticSeedTests
{
    /// <summary>Environment for the CLI that points it at a fresh database of this provider.</summary>
    protected abstract Task<Dictionary<string, string>> CreateDatabaseAsync(TempFolder data);

    protected virtual Task DropDatabaseAsync(Dictionary<string, string> environment) => Task.CompletedTask;

    [DatabaseFact]
    public async Task SeedsInBatchesThenReseedsUnchangedThenUpdatesOneRecord()
    {
        using var data = new TempFolder();
        using var folder = new TempFolder();
        var records = new SyntheticDataSet(SyntheticScale.Small, 11, SeedReader.ReadTaxonomy(RepositoryPaths.SeedData)).Write(folder.Path).Records + 21;
        var environment = await CreateDatabaseAsync(data);
        environment["Database__SeedBatchSize"] = "700";
        try
        {
            var first = await CliRunner.RunAsync(environment, "seed", "--data-dir", data.Path, "--path", folder.Path);
            Assert.True(first.ExitCode == 0, first.Stderr);
            Assert.Contains($"{records} created, 0 updated, 0 unchanged", first.Stdout, StringComparison.Ordinal);

            var second = await CliRunner.RunAsync(environment, "seed", "--data-dir", data.Path, "--path", folder.Path);
            Assert.True(second.ExitCode == 0, second.Stderr);
            Assert.Contains($"0 created, 0 updated, {records} unchanged", second.Stdout, StringComparison.Ordinal);

            var programs = Path.Combine(folder.Path, "nj", "programs.json");
            var text = await File.ReadAllTextAsync(programs);
            var at = text.LastIndexOf("\"name\": \"", StringComparison.Ordinal) + "\"name\": \"".Length;
            await File.WriteAllTextAsync(programs, text.Insert(at, "Renamed "));
            var third = await CliRunner.RunAsync(environment, "seed", "--data-dir", data.Path, "--path", folder.Path);
            Assert.True(third.ExitCode == 0, third.Stderr);
            Assert.Contains($"0 created, 1 updated, {records - 1} unchanged", third.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            await DropDatabaseAsync(environment);
        }
    }
}

public sealed class SyntheticSeedOnSqliteTests : SyntheticSeedTests
{
    protected override Task<Dictionary<string, string>> CreateDatabaseAsync(TempFolder data) => Task.FromResult(new Dictionary<string, string>());
}

[RequiresPostgres]
public sealed class SyntheticSeedOnPostgresTests : SyntheticSeedTests
{
    protected override async Task<Dictionary<string, string>> CreateDatabaseAsync(TempFolder data) => new()
    {
        ["Database__Provider"] = "Postgres",
        ["Database__ConnectionString"] = await TestPostgres.CreateDatabaseAsync(),
    };

    protected override Task DropDatabaseAsync(Dictionary<string, string> environment) =>
        TestPostgres.DropDatabaseAsync(environment["Database__ConnectionString"]);
}

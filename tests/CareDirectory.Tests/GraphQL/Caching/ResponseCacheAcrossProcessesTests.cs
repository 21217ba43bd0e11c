using System.Diagnostics;
using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;
using CareDirectory.Tests.Interop;
using Xunit.Abstractions;

namespace CareDirectory.Tests.GraphQL.Caching;

/// <summary>
/// Real server processes (Kestrel) whose cached answers are ended by commits they did not make (#21): a CLI
/// <c>import hsds</c> and <c>seed</c> on the same SQLite file. Each follows the change log with the one follower,
/// which looks every <c>ChangeFeed:PollInterval</c> (500 ms), so a foreign commit is seen within about that.
/// </summary>
public sealed class ResponseCacheAcrossProcessesTests(ITestOutputHelper output)
{
    /// <summary>What a loaded 2-core CI machine may add to the 500 ms poll interval; the docs state the interval.</summary>
    internal static readonly TimeSpan SeenWithin = TimeSpan.FromSeconds(10);

    private const string CountyCounts = "query CountyCounts { county(state: \"NJ\", slug: \"bergen\") { programs { totalCount } partners(first: 20) { nodes { key name } } } }";

    [Fact]
    public async Task ImportAndSeedFromTheCommandLineEndTheServersCachedAnswers()
    {
        using var data = await CliRunner.SeededDataFolderAsync();
        await using var server = await RunningServer.StartAsync(data.Path, new Dictionary<string, string>());
        using var client = new ServerClient(server);
        await client.SettledAsync(CountyCounts);
        var executions = client.Executions("CountyCounts");

        var before = await client.Cache.GetAsync(CountyCounts);
        Assert.Equal(before.Body, (await client.Cache.GetAsync(CountyCounts)).Body);
        Assert.Equal(executions, client.Executions("CountyCounts"));
        var programs = Programs(before.Json);

        using var input = new TempFolder();
        await HsdsSamples.WriteNdjsonAsync(input.File("services.ndjson"), Enumerable.Range(0, 3).Select(HsdsSamples.Service));
        var import = await CliRunner.RunAsync("import", "hsds", input.File("services.ndjson"), "--state", "NJ", "--data-dir", data.Path);
        Assert.True(import.ExitCode == 0, import.Stderr);
        var imported = await SeenAsync(client, json => Programs(json) == programs + 3);
        output.WriteLine($"import hsds: seen {imported.TotalMilliseconds:F0} ms after the command exited");

        using var seed = new TempFolder();
        CopySeedRenaming(seed.Path, "\"name\": \"CarePlusNJ\"", "\"name\": \"CarePlusNJ Renamed\"");
        var reseed = await CliRunner.RunAsync("seed", "--path", seed.Path, "--data-dir", data.Path);
        Assert.True(reseed.ExitCode == 0, reseed.Stderr);
        var seeded = await SeenAsync(client, json => json.ToJsonString().Contains("CarePlusNJ Renamed", StringComparison.Ordinal));
        output.WriteLine($"seed: seen {seeded.TotalMilliseconds:F0} ms after the command exited");
    }

    /// <summary>Asks until the answer shows the change; how long that took.</summary>
    internal static async Task<TimeSpan> SeenAsync(ServerClient client, Func<JsonNode, bool> changed, string query = CountyCounts)
    {
        var clock = Stopwatch.StartNew();
        while (!changed((await client.Cache.GetAsync(query)).Json))
        {
            Assert.True(clock.Elapsed < SeenWithin, $"still answering from before the commit after {clock.Elapsed}");
            await Task.Delay(20);
        }

        return clock.Elapsed;
    }

    private static int Programs(JsonNode json) => json["data"]!["county"]!["programs"]!["totalCount"]!.GetValue<int>();

    private static void CopySeedRenaming(string target, string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SeedData, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.SeedData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.WriteAllText(copy, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));
        }
    }
}

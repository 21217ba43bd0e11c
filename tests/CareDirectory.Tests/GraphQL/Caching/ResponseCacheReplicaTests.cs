using CareDirectory.Tests.Infrastructure;
using CareDirectory.Tests.Mutations;
using Xunit.Abstractions;

namespace CareDirectory.Tests.GraphQL.Caching;

/// <summary>
/// Two replicas on one PostgreSQL database (#21), started as docs/deploy.md says (the CLI migrates and seeds once):
/// a write through one is read by its writer at once, and the other replica's cached answer ends once its follower
/// has proven the commit (within about one poll interval; docs/graphql-transport.md states the bound).
/// </summary>
[RequiresPostgres]
public sealed class ResponseCacheReplicaTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string PartnerNames = "query PartnerNames { county(state: \"NJ\", slug: \"bergen\") { partners(first: 20) { nodes { id name version } } } }";

    private readonly Dictionary<string, string> _environment = [];
    private readonly List<TempFolder> _folders = [];
    private string _connectionString = "";

    [DatabaseFact]
    public async Task AWriteOnOneReplicaEndsTheOtherReplicasCachedAnswerWithinThePollInterval()
    {
        var admin = await CliRunner.RunAsync(_environment, "keys", "create", "--admin", "--label", "cache test", "--data-dir", Folder());
        Assert.True(admin.ExitCode == 0, admin.Stderr);
        var key = admin.Stdout.Trim().Split('\n')[^1].Trim();
        await using var first = await RunningServer.StartAsync(Folder(), _environment);
        await using var second = await RunningServer.StartAsync(Folder(), _environment);
        using var reader = new ServerClient(first);
        using var writer = new ServerClient(second);

        for (var round = 0; round < 3; round++)
        {
            var cached = await reader.Cache.GetAsync(PartnerNames);
            Assert.Equal(cached.Body, (await reader.Cache.GetAsync(PartnerNames)).Body);
            var partner = cached.Json["data"]!["county"]!["partners"]!["nodes"]![0]!;
            var name = $"Replica {round} Partner";

            var mutation = await writer.Cache.PostAsync(
                $"mutation($input: UpdatePartnerInput!) {{ updatePartner(input: $input) {{ partner {{ name }} {EditorApp.ErrorsSelection} }} }}",
                new { input = new { id = partner["id"]!.GetValue<string>(), version = partner["version"]!.GetValue<int>(), name } },
                key);
            Assert.Contains(name, mutation.Body, StringComparison.Ordinal);

            // The writer's replica: at once. The other: once its follower proves the commit.
            Assert.Contains(name, (await writer.Cache.GetAsync(PartnerNames)).Body, StringComparison.Ordinal);
            var seen = await ResponseCacheAcrossProcessesTests.SeenAsync(reader, json => json.ToJsonString().Contains(name, StringComparison.Ordinal), PartnerNames);
            output.WriteLine($"round {round}: the other replica answered with the write {seen.TotalMilliseconds:F0} ms after it was acknowledged");
        }

        // Each round executed the query on the reader once before the write and at least once after it; the repeats were cache hits.
        Assert.InRange(await reader.ExecutionsAsync("PartnerNames", atLeast: 4), 4, 40);
    }

    public async Task InitializeAsync()
    {
        if (TestPostgres.ServerConnectionString is null)
        {
            return;
        }

        _connectionString = await TestPostgres.CreateDatabaseAsync();
        _environment["Database__Provider"] = "Postgres";
        _environment["Database__ConnectionString"] = _connectionString;
        _environment["Database__MigrateOnStart"] = "false";
        _environment["Database__SeedOnStart"] = "false";
        _environment["GraphQL__Timeout"] = "00:01:00";
        foreach (var command in (string[][])[["migrate"], ["seed"]])
        {
            var result = await CliRunner.RunAsync(_environment, [.. command, "--data-dir", Folder()]);
            Assert.True(result.ExitCode == 0, result.Stderr);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }

        if (_connectionString.Length > 0)
        {
            await TestPostgres.DropDatabaseAsync(_connectionString);
        }
    }

    private string Folder()
    {
        var folder = new TempFolder();
        _folders.Add(folder);
        return folder.Path;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;
using CareDirectory.Tests.Mutations;
using Npgsql;
using Xunit.Abstractions;

namespace CareDirectory.Tests.ScaleOut;

/// <summary>
/// Scaled out on one PostgreSQL (#20): three real API processes, each with its own Lucene index, started with the
/// settings docs/deploy.md recommends for replicas. Plain reads are never stale, every acknowledged write reaches
/// every process's index within seconds (also after rollbacks from conflicts, a kill -9 and a restart), a new empty
/// process is not ready until its index is built, and <c>reindex</c> of one index touches no other.
/// Each test writes partners named with a word of its own, so the tests do not depend on each other's writes.
/// </summary>
[RequiresPostgres]
public sealed class ScaledOutTests(ReplicaSet replicas, ITestOutputHelper output) : IClassFixture<ReplicaSet>, IAsyncLifetime
{
    /// <summary>How long an acknowledged write may take to reach every index on a loaded 2-core CI machine.</summary>
    private static readonly TimeSpan IndexedWithin = TimeSpan.FromSeconds(30);

    private const string RebuildLog = "Search index built from the database";

    public Task InitializeAsync() => replicas.EnsureServingAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [DatabaseFact]
    public async Task AWriteThroughOneProcessIsReadByTheOthersAtOnceAndSearchedWithinSeconds()
    {
        var word = Word();
        var id = await CreatePartnerAsync(replicas.Servers[0], $"Lantern {word} Family Partnership");
        Assert.NotNull(id);

        // Plain reads go to the database: the other processes see the write immediately.
        foreach (var server in replicas.Servers[1..])
        {
            var node = await PostAsync(server, "query($id: ID!) { node(id: $id) { ... on Partner { name } } }", new { id });
            Assert.Equal($"Lantern {word} Family Partnership", node["data"]!["node"]!["name"]!.GetValue<string>());
        }

        var clock = Stopwatch.StartNew();
        await EventuallyAsync(async () => (await Task.WhenAll(replicas.Servers.Select(s => SearchCountAsync(s, word)))).All(c => c == 1), IndexedWithin, "every index has the write");

        // The follower looks every 500 ms and wakes the sync; a few looks, not a timed hole wait.
        output.WriteLine($"one write searchable in all three indexes {clock.ElapsedMilliseconds} ms after it was acknowledged");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"searchable everywhere after {clock.Elapsed}");
    }

    [DatabaseFact]
    public async Task HundredsOfConcurrentWritesSpreadOverTheProcessesReachTheDatabaseAndEveryIndex()
    {
        var word = Word();
        var clock = Stopwatch.StartNew();
        var acknowledged = await WriteManyAsync(word, 300, replicas.Servers);
        var written = clock.Elapsed;

        Assert.Equal(300, acknowledged);
        Assert.Equal(300, await DatabaseCountAsync(word));
        clock.Restart();
        await EventuallyAsync(async () => (await Task.WhenAll(replicas.Servers.Select(s => SearchCountAsync(s, word)))).All(c => c == 300), IndexedWithin, "every index has all 300 writes");
        output.WriteLine($"300 writes (6 at a time over three processes) acknowledged in {written.TotalSeconds:F1} s; all in every index {clock.ElapsedMilliseconds} ms after the last acknowledgement");
    }

    [DatabaseFact]
    public async Task OptimisticConcurrencyHoldsAcrossProcesses()
    {
        var word = Word();
        for (var round = 0; round < 10; round++)
        {
            var id = await CreatePartnerAsync(replicas.Servers[round % 3], $"Contested {word} Respite {round}");
            var version = (await PostAsync(replicas.Servers[0], "query($id: ID!) { node(id: $id) { ... on Partner { version } } }", new { id }))["data"]!["node"]!["version"]!.GetValue<int>();

            // The same version sent to all three processes at once: one update wins, the others are refused.
            var answers = await Task.WhenAll(replicas.Servers.Select((server, i) => PostAsync(server,
                $"mutation($input: UpdatePartnerInput!) {{ updatePartner(input: $input) {{ partner {{ version }} {EditorApp.ErrorsSelection} }} }}",
                new { input = new { id, version, name = $"Contested {word} Respite {round} by {i}" } }, replicas.AdminKey)));
            var codes = answers.Select(a => (a["data"]!["updatePartner"]!["errors"] as JsonArray)?.Select(e => e!["code"]!.GetValue<string>()).SingleOrDefault() ?? "OK").Order().ToList();
            Assert.Equal(["CONFLICT", "CONFLICT", "OK"], codes);
        }

        // Every conflict rolled back a transaction, leaving holes in the change log; the indexes pass them at once.
        await EventuallyAsync(async () => (await Task.WhenAll(replicas.Servers.Select(s => SearchCountAsync(s, word)))).All(c => c == 10), IndexedWithin, "every index has the ten partners");
    }

    [DatabaseFact]
    public async Task AProcessKilledDuringWritesCatchesUpFromItsOwnCheckpoint()
    {
        var word = Word();
        var victim = replicas.DataFolders[2];
        var identity = IndexIdentity(victim);
        Assert.NotNull(await CheckpointAsync(identity));

        using var killed = new SemaphoreSlim(0);
        var writes = WriteManyAsync(word, 120, replicas.Servers, afterEach: n =>
        {
            if (n == 40)
            {
                killed.Release();
            }
        });
        await killed.WaitAsync(TimeSpan.FromMinutes(1));
        await replicas.Servers[2].KillAsync();
        var acknowledged = await writes;
        var stored = await DatabaseCountAsync(word);
        Assert.InRange(acknowledged, 40, stored);
        var checkpointWhileDown = (await CheckpointAsync(identity))!.Value;

        await replicas.Servers[2].DisposeAsync();
        replicas.Servers[2] = await replicas.StartAsync(victim);
        await EventuallyAsync(async () => (await Task.WhenAll(replicas.Servers.Select(s => SearchCountAsync(s, word)))).All(c => c == stored), IndexedWithin, "every index, the restarted one too, has every stored write");

        // Caught up from its own checkpoint, not rebuilt: the same index identity and no rebuild.
        Assert.Equal(identity, IndexIdentity(victim));
        Assert.DoesNotContain(RebuildLog, replicas.Servers[2].Output, StringComparison.Ordinal);
        await EventuallyAsync(async () => (await CheckpointAsync(identity))!.Value > checkpointWhileDown, IndexedWithin, "its own checkpoint moves on from where it was");
        Assert.Null(await CheckpointAsync("search"));
    }

    [DatabaseFact]
    public async Task AFourthEmptyProcessIsNotReadyUntilItsIndexIsBuiltThenAnswersTheSame()
    {
        var word = Word();
        Assert.Equal(20, await WriteManyAsync(word, 20, replicas.Servers));
        var folder = replicas.NewFolder();

        // Hold the new process's index writer lock (as a running `reindex` would) so the build waits while we look.
        Directory.CreateDirectory(Path.Combine(folder, "search"));
        var held = new FileStream(Path.Combine(folder, "search", "writer.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        await using var fourth = await replicas.StartAsync(folder);
        using var http = new HttpClient { BaseAddress = fourth.Address };
        for (var look = 0; look < 3; look++)
        {
            using var notReady = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
            await Task.Delay(500);
        }

        await held.DisposeAsync();
        await EventuallyAsync(async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK, IndexedWithin, "the fourth process becomes ready once built");
        Assert.Contains(RebuildLog, fourth.Output, StringComparison.Ordinal);

        // Written while it was built or after: found too. Then it answers as the others do.
        Assert.Equal(10, await WriteManyAsync(word, 10, replicas.Servers, first: 20));
        await EventuallyAsync(async () => (await Task.WhenAll(replicas.Servers.Append(fourth).Select(s => SearchCountAsync(s, word)))).All(c => c == 30), IndexedWithin, "all four indexes have the 30 writes");
        var expected = await SearchKeysAsync(replicas.Servers[0], "mobile response crisis");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await SearchKeysAsync(fourth, "mobile response crisis"));
    }

    [DatabaseFact]
    public async Task ReindexWhileTheOthersServeSetsOnlyItsOwnCheckpoint()
    {
        var word = Word();
        var folder = replicas.DataFolders[1];
        var identity = IndexIdentity(folder);
        var others = new[] { IndexIdentity(replicas.DataFolders[0]), IndexIdentity(replicas.DataFolders[2]) };

        // The embedded index has one writer: stop its server, rebuild it while the other two take writes.
        await replicas.Servers[1].KillAsync();
        var serving = new[] { replicas.Servers[0], replicas.Servers[2] };
        var writes = WriteManyAsync(word, 40, serving);
        var othersBefore = await Task.WhenAll(others.Select(CheckpointAsync));
        var reindex = await CliRunner.RunAsync(replicas.Environment, "reindex", "--data-dir", folder);
        Assert.True(reindex.ExitCode == 0, reindex.Stderr);
        var set = long.Parse(System.Text.RegularExpressions.Regex.Match(reindex.Stdout, @"search checkpoint at change (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(set, await CheckpointAsync(identity));
        Assert.Equal(40, await writes);

        // The other indexes kept their own positions (never set to the rebuild's) and have every write.
        var othersAfter = await Task.WhenAll(others.Select(CheckpointAsync));
        Assert.All(othersBefore.Zip(othersAfter), pair => Assert.True(pair.Second >= pair.First));
        await EventuallyAsync(async () => (await Task.WhenAll(serving.Select(s => SearchCountAsync(s, word)))).All(c => c == 40), IndexedWithin, "the serving indexes have all 40 writes");

        await replicas.Servers[1].DisposeAsync();
        replicas.Servers[1] = await replicas.StartAsync(folder);
        await EventuallyAsync(async () => await SearchCountAsync(replicas.Servers[1], word) == 40, IndexedWithin, "the reindexed process catches up from the rebuild's checkpoint");
        Assert.DoesNotContain(RebuildLog, replicas.Servers[1].Output, StringComparison.Ordinal);
    }

    /// <summary>A made-up word for one test's partners: ten random letters, far from any other test's by edit distance.</summary>
    private static string Word() => new([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26)))]);

    /// <summary>Creates <paramref name="count"/> partners named with <paramref name="word"/>, six at a time, round-robin over the servers; returns how many were acknowledged.</summary>
    private async Task<int> WriteManyAsync(string word, int count, RunningServer[] servers, int first = 0, Action<int>? afterEach = null)
    {
        using var gate = new SemaphoreSlim(6);
        var acknowledged = 0;
        await Task.WhenAll(Enumerable.Range(first, count).Select(async n =>
        {
            await gate.WaitAsync();
            try
            {
                if (await CreatePartnerAsync(servers[n % servers.Length], $"{word} Partner {n}") is not null)
                {
                    var done = Interlocked.Increment(ref acknowledged);
                    afterEach?.Invoke(done);
                }
            }
            catch (HttpRequestException)
            {
                // The process was killed: not acknowledged.
            }
            finally
            {
                gate.Release();
            }
        }));
        return acknowledged;
    }

    /// <summary>The new partner's id, or null when the write was refused.</summary>
    private async Task<string?> CreatePartnerAsync(RunningServer server, string name)
    {
        var answer = await PostAsync(server,
            $"mutation($input: CreatePartnerInput!) {{ createPartner(input: $input) {{ partner {{ id }} {EditorApp.ErrorsSelection} }} }}",
            new { input = new { state = "NJ", name, serviceAreas = new[] { new { kind = "COUNTY", code = "34003" } } } },
            replicas.AdminKey);
        Assert.True(answer["errors"] is null, answer.ToJsonString());
        var payload = answer["data"]!["createPartner"]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["partner"]?["id"]?.GetValue<string>();
    }

    private static async Task<int> SearchCountAsync(RunningServer server, string word)
    {
        var answer = await PostAsync(server, "query($q: String!) { search(query: $q, first: 1) { totalCount } }", new { q = word });
        return answer["data"]?["search"]?["totalCount"]?.GetValue<int>() ?? -1;
    }

    private static async Task<List<string>> SearchKeysAsync(RunningServer server, string query)
    {
        var answer = await PostAsync(server, "query($q: String!) { search(query: $q, first: 20) { nodes { item { ... on Partner { key } ... on Program { key } ... on Meeting { key } ... on EducatorResource { key } } } } }", new { q = query });
        return [.. answer["data"]!["search"]!["nodes"]!.AsArray().Select(n => n!["item"]!["key"]!.GetValue<string>())];
    }

    private static async Task<JsonNode> PostAsync(RunningServer server, string query, object variables, string? key = null)
    {
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<int> DatabaseCountAsync(string word)
    {
        await using var connection = new NpgsqlConnection(replicas.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Partners" WHERE "Name" LIKE @pattern""", connection);
        count.Parameters.AddWithValue("pattern", $"{word} %");
        return (int)(long)(await count.ExecuteScalarAsync())!;
    }

    private async Task<long?> CheckpointAsync(string consumer)
    {
        await using var connection = new NpgsqlConnection(replicas.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("""SELECT "Sequence" FROM "SyncCheckpoints" WHERE "Consumer" = @consumer""", connection);
        read.Parameters.AddWithValue("consumer", consumer);
        return await read.ExecuteScalarAsync() as long?;
    }

    private static string IndexIdentity(string dataFolder) => $"search:lucene:{File.ReadAllText(Path.Combine(dataFolder, "search", "index-identity")).Trim()}";

    private static async Task EventuallyAsync(Func<Task<bool>> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out after {within}: {what}");
            await Task.Delay(200);
        }
    }
}

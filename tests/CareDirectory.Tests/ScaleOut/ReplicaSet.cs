using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.ScaleOut;

/// <summary>
/// Three real API processes on one PostgreSQL database, started as docs/deploy.md says replicas are: the schema and
/// seed applied once by the CLI (the init job), then each process with migrations and seeding off, its own data
/// folder (its own Lucene index) and a loopback port. Shared by the tests of <see cref="ScaledOutTests"/>, which
/// leave three processes serving.
/// </summary>
public sealed class ReplicaSet : IAsyncLifetime
{
    private readonly List<TempFolder> _folders = [];

    public string ConnectionString { get; private set; } = "";

    /// <summary>The deployment's settings for every process and CLI command (environment variables, as in compose.yaml).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public RunningServer[] Servers { get; } = new RunningServer[3];

    public string[] DataFolders { get; } = new string[3];

    /// <summary>An admin API key's secret, made with the CLI.</summary>
    public string AdminKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (TestPostgres.ServerConnectionString is null)
        {
            return;
        }

        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        Environment["Database__Provider"] = "Postgres";
        Environment["Database__ConnectionString"] = ConnectionString;
        Environment["Database__MigrateOnStart"] = "false";
        Environment["Database__SeedOnStart"] = "false";

        // Not a deployment setting: on a 2-core CI machine shared with other jobs, three cold servers can take longer
        // than the 10 s operation timeout for their first writes, and timeouts are not what these tests examine.
        Environment["GraphQL__Timeout"] = "00:01:00";

        // The init job: migrate and seed once, never from N replicas racing each other.
        var init = NewFolder();
        foreach (var command in (string[][])[["migrate"], ["seed"]])
        {
            var result = await CliRunner.RunAsync(Environment, [.. command, "--data-dir", init]);
            Assert.True(result.ExitCode == 0, result.Stderr);
        }

        var key = await CliRunner.RunAsync(Environment, "keys", "create", "--admin", "--label", "replica test", "--data-dir", init);
        Assert.True(key.ExitCode == 0, key.Stderr);
        AdminKey = key.Stdout.Trim().Split('\n')[^1].Trim();

        for (var i = 0; i < 3; i++)
        {
            DataFolders[i] = NewFolder();
        }

        var started = await Task.WhenAll(DataFolders.Select(StartAsync));
        started.CopyTo(Servers, 0);
    }

    /// <summary>Restarts any of the three that a failed test left stopped, so one failure does not fail the rest.</summary>
    public async Task EnsureServingAsync()
    {
        for (var i = 0; i < Servers.Length && ConnectionString.Length > 0; i++)
        {
            if (Servers[i].HasExited)
            {
                await Servers[i].DisposeAsync();
                Servers[i] = await StartAsync(DataFolders[i]);
            }
        }
    }

    public Task<RunningServer> StartAsync(string dataFolder) => RunningServer.StartAsync(dataFolder, Environment);

    /// <summary>A data folder of its own for another process, deleted with the set.</summary>
    public string NewFolder()
    {
        var folder = new TempFolder();
        _folders.Add(folder);
        return folder.Path;
    }

    public async Task DisposeAsync()
    {
        foreach (var server in Servers.Where(s => s is not null))
        {
            await server.DisposeAsync();
        }

        foreach (var folder in _folders)
        {
            folder.Dispose();
        }

        if (ConnectionString.Length > 0)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString);
        }
    }
}

using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL.Caching;

/// <summary>A <see cref="CacheClient"/> for a real server process, and how many times that server executed an operation (from its log).</summary>
internal sealed class ServerClient : IDisposable
{
    private readonly HttpClient _http;

    public ServerClient(RunningServer server)
    {
        Server = server;
        _http = new HttpClient { BaseAddress = server.Address };
        Cache = new CacheClient(_http);
    }

    public RunningServer Server { get; }

    public CacheClient Cache { get; }

    /// <summary>Executions of <paramref name="operationName"/>: the server logs one line per executed operation, none for an answer from the cache.</summary>
    public int Executions(string operationName) =>
        Server.Output.Split('\n').Count(line => line.Contains($"GraphQL operation {operationName} finished", StringComparison.Ordinal));

    /// <summary>
    /// <see cref="Executions"/> once it reaches <paramref name="atLeast"/>, or what it is after a few seconds: the
    /// server's console logger writes its lines after the responses they describe, so the log can trail the last answer.
    /// </summary>
    public async Task<int> ExecutionsAsync(string operationName, int atLeast)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        int executed;
        while ((executed = Executions(operationName)) < atLeast && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return executed;
    }

    /// <summary>
    /// Waits until the server is ready and answers a repeat of <paramref name="query"/> from its cache: while it starts,
    /// the search index is built and the follower proves its first watermark, and each of those moves the data version
    /// (as <c>SettledApp</c> waits for in-process).
    /// </summary>
    public async Task SettledAsync(string query)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!(await _http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
        {
            Assert.True(DateTime.UtcNow < deadline, "the server did not become ready");
            await Task.Delay(100);
        }

        var operationName = query.Split(' ', 3)[1];
        while (true)
        {
            await Cache.GetAsync(query);
            var executed = Executions(operationName);
            await Cache.GetAsync(query);
            if (Executions(operationName) == executed)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the data version did not settle: every repeat executed");
            await Task.Delay(200);
        }
    }

    public void Dispose() => _http.Dispose();
}

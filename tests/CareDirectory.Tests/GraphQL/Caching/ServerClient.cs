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

    public void Dispose() => _http.Dispose();
}

using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>Each operation leaves one structured log entry with its name, duration and error count.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task EachOperationIsLoggedWithNameDurationAndErrorCount()
    {
        var entries = new ConcurrentQueue<IReadOnlyDictionary<string, object?>>();
        await using var host = await TransportTestHost.StartAsync(configureServices: services =>
            services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(entries)));

        await host.PostAsync("""[{"query":"query Greeting { hello }"},{"query":"{ nope }"}]""");

        var logged = entries.Where(entry => entry.ContainsKey("OperationName")).ToList();
        Assert.Equal(2, logged.Count);
        Assert.Equal(("Greeting", 0, true), (logged[0]["OperationName"], logged[0]["ErrorCount"], logged[0]["Executed"]));
        Assert.Equal(("(anonymous)", 1, false), (logged[1]["OperationName"], logged[1]["ErrorCount"], logged[1]["Executed"]));
        Assert.All(logged, entry => Assert.IsType<double>(entry["DurationMs"]));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<IReadOnlyDictionary<string, object?>> entries) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                entries.Enqueue(values.ToDictionary(pair => pair.Key, pair => pair.Value));
            }
        }

        public void Dispose()
        {
        }
    }
}

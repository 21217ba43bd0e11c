using System.Net;
using System.Net.Sockets;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Cli;

/// <summary>
/// The container HEALTHCHECK contract: exit 0 when the server answers 200, otherwise exit 1; without --url it asks the
/// port the server binds by the same settings (ASPNETCORE_URLS over ASPNETCORE_HTTP_PORTS), so a container started on
/// another port stays healthy.
/// </summary>
public sealed class HealthcheckCommandTests
{
    // Settings a developer's shell might carry would change which port is asked; every test states its own.
    private static Dictionary<string, string> Listening(string? urls = null, string? httpPorts = null) => new()
    {
        ["ASPNETCORE_URLS"] = urls ?? string.Empty,
        ["ASPNETCORE_HTTP_PORTS"] = httpPorts ?? string.Empty,
    };

    [Fact]
    public async Task ExitsZeroWhenTheServerAnswers()
    {
        using var server = new StubServer(HttpStatusCode.OK);

        var result = await CliRunner.RunAsync("healthcheck", "--url", $"http://127.0.0.1:{server.Port}/health/live");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("200 OK", result.Stdout.Trim());
    }

    [Fact]
    public async Task ExitsOneWhenNothingListens()
    {
        var result = await CliRunner.RunAsync("healthcheck", "--url", $"http://127.0.0.1:{ClosedPort()}/health/live");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("unhealthy:", result.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitsOneWhenTheServerIsNotHealthy()
    {
        using var server = new StubServer(HttpStatusCode.ServiceUnavailable);

        var result = await CliRunner.RunAsync("healthcheck", "--url", $"http://127.0.0.1:{server.Port}/health/ready");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("503 Service Unavailable", result.Stdout.Trim());
    }

    [Fact]
    public async Task WithoutUrlAsksThePortOfAspNetCoreHttpPorts()
    {
        using var server = new StubServer(HttpStatusCode.OK);

        var result = await CliRunner.RunAsync(Listening(httpPorts: $"{server.Port}"), "healthcheck");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["GET /health/live HTTP/1.1"], server.RequestLines);
    }

    [Fact]
    public async Task AspNetCoreUrlsWinOverHttpPortsAsInTheServer()
    {
        using var server = new StubServer(HttpStatusCode.OK);

        var result = await CliRunner.RunAsync(Listening(urls: $"http://+:{server.Port}", httpPorts: $"{ClosedPort()}"), "healthcheck", "--path", "/health/ready");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["GET /health/ready HTTP/1.1"], server.RequestLines);
    }

    [Fact]
    public async Task WaitKeepsAskingUntilTheServerAnswers200()
    {
        using var server = new StubServer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);

        var result = await CliRunner.RunAsync("healthcheck", "--wait", "30", "--url", $"http://127.0.0.1:{server.Port}/health/ready");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("200 OK", result.Stdout.Trim());
        Assert.Equal(3, server.RequestLines.Count);
    }

    [Fact]
    public async Task WaitGivesUpWithExitOneWhenTheTimeIsUp()
    {
        var result = await CliRunner.RunAsync("healthcheck", "--wait", "2", "--url", $"http://127.0.0.1:{ClosedPort()}/health/live");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("unhealthy:", result.Stderr.Trim(), StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A loopback HTTP server that answers its connections with the given statuses in turn and records each request line.</summary>
    private sealed class StubServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<string> _requestLines = [];
        private readonly Task _serving;

        public StubServer(params HttpStatusCode[] answers)
        {
            _listener.Start();
            _serving = Task.Run(() => ServeAsync(answers));
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public IReadOnlyList<string> RequestLines
        {
            get
            {
                lock (_requestLines)
                {
                    return [.. _requestLines];
                }
            }
        }

        public void Dispose() => _listener.Stop();

        private async Task ServeAsync(HttpStatusCode[] answers)
        {
            try
            {
                foreach (var status in answers)
                {
                    await AnswerAsync(status);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Stopped by Dispose before every answer was asked for.
            }
        }

        private async Task AnswerAsync(HttpStatusCode status)
        {
            using var client = await _listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            using var request = new StreamReader(stream, leaveOpen: true);
            var line = await request.ReadLineAsync();
            lock (_requestLines)
            {
                _requestLines.Add(line ?? string.Empty);
            }

            while (!string.IsNullOrEmpty(await request.ReadLineAsync()))
            {
                // Read the request head up to its blank line before answering.
            }

            var reason = status == HttpStatusCode.OK ? "OK" : "Service Unavailable";
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"HTTP/1.1 {(int)status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        }
    }
}

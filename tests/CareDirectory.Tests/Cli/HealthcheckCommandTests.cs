using System.Net;
using System.Net.Sockets;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Cli;

/// <summary>The container HEALTHCHECK contract: exit 0 when /health/live answers 200, otherwise exit 1.</summary>
public sealed class HealthcheckCommandTests
{
    [Fact]
    public async Task ExitsZeroWhenTheServerAnswers()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            using var request = new StreamReader(stream, leaveOpen: true);
            while (!string.IsNullOrEmpty(await request.ReadLineAsync()))
            {
                // Read the request head up to its blank line before answering.
            }

            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
        });

        var result = await CliRunner.RunAsync("healthcheck", "--url", $"http://127.0.0.1:{port}/health/live");
        await server;

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("200 OK", result.Stdout.Trim());
    }

    [Fact]
    public async Task ExitsOneWhenNothingListens()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await CliRunner.RunAsync("healthcheck", "--url", $"http://127.0.0.1:{port}/health/live");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("unhealthy:", result.Stderr.Trim(), StringComparison.Ordinal);
    }
}

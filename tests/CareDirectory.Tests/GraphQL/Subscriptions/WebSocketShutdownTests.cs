using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL.Subscriptions;

/// <summary>
/// A server asked to stop (SIGTERM, as <c>docker stop</c> and Kubernetes do) closes its subscribers' WebSockets with
/// 1001 and a reason saying to reconnect, then exits well within its shutdown timeout instead of waiting for the
/// long-lived connections (#19).
/// </summary>
public sealed class WebSocketShutdownTests
{
    [Fact]
    public async Task StoppingTheServerClosesSubscribersWith1001AndExitsPromptly()
    {
        await using var server = await RunningServer.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri(server.GraphQL.ToString().Replace("http", "ws", StringComparison.Ordinal)), timeout.Token);
        await SendAsync(socket, """{"type":"connection_init"}""", timeout.Token);
        Assert.Equal("connection_ack", JsonNode.Parse(await ReceiveAsync(socket, timeout.Token))!["type"]!.GetValue<string>());
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { recordChanged { sequence } }"}}""", timeout.Token);

        var clock = Stopwatch.StartNew();
        var stopping = server.StopAsync();
        while (socket.State == WebSocketState.Open)
        {
            await ReceiveAsync(socket, timeout.Token);
        }

        await stopping;
        Assert.Equal((WebSocketCloseStatus)1001, socket.CloseStatus);
        Assert.Contains("shutting down", socket.CloseStatusDescription, StringComparison.Ordinal);
        // The host's shutdown timeout is 30 s: the server must not have waited for the socket to time out.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the server took {clock.Elapsed} to stop");
    }

    private static Task SendAsync(ClientWebSocket socket, string message, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task<string> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, cancellationToken);
            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
        while (!received.EndOfMessage);
        return text.ToString();
    }
}

using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CareDirectory.Editing;
using CareDirectory.GraphQL.Http;
using GraphQL;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>
/// One WebSocket speaking graphql-transport-ws (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md):
/// <c>connection_init</c> within the init timeout (4408), once (4429), an API key in its payload checked at once
/// (4403); <c>subscribe</c> only after <c>connection_ack</c> (4401), one operation per id (4409); anything else
/// malformed is 4400. Outgoing messages wait in a bounded queue: a client that does not read them is closed with
/// 1013. Idle connections (1000), connections past their lifetime (1000) and server shutdown (1001) are closed with
/// a reason the client can act on.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection : IDisposable
{
    public const string Protocol = "graphql-transport-ws";

    private static readonly TimeSpan _closeGrace = TimeSpan.FromSeconds(3);

    private readonly HttpContext _context;
    private readonly WebSocket _socket;
    private readonly GraphQLWebSocketTransport _services;
    private readonly SubscriptionOptions _options;
    private readonly Channel<string> _outgoing;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _readEnded = new();
    private readonly long _started = Environment.TickCount64;
    private (WebSocketCloseStatus Code, string Reason)? _close;
    private int _initialised;
    private volatile bool _acknowledged;
    private long _idleSince = Environment.TickCount64;

    public GraphQLWebSocketConnection(HttpContext context, WebSocket socket, GraphQLWebSocketTransport services)
    {
        _context = context;
        _socket = socket;
        _services = services;
        _options = services.Options;
        _outgoing = Channel.CreateBounded<string>(new BoundedChannelOptions(_options.MaxWaitingMessages) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        var writer = WriteAsync();
        var watchdog = WatchAsync(stopping);
        try
        {
            await ReadAsync();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away without a close handshake.
        }

        await _readEnded.CancelAsync();
        Close(WebSocketCloseStatus.NormalClosure, "");
        foreach (var operation in _operations.Values)
        {
            await operation.CancelAsync();
        }

        await Task.WhenAll(writer, watchdog);
        _socket.Abort();
    }

    public void Dispose()
    {
        _closing.Dispose();
        _readEnded.Dispose();
    }

    /// <summary>Closes the connection with the code and reason of the first call; later calls change nothing.</summary>
    private void Close(WebSocketCloseStatus code, string reason)
    {
        lock (_closing)
        {
            if (_close is not null)
            {
                return;
            }

            _close = (code, Truncate(reason));
        }

        _closing.Cancel();
    }

    private void Close(int code, string reason) => Close((WebSocketCloseStatus)code, reason);

    private async Task ReadAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (_socket.State == WebSocketState.Open || _socket.State == WebSocketState.CloseSent)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer.GetMemory(4096), _context.RequestAborted);
                buffer.Advance(received.Count);
                if (buffer.WrittenCount > _services.Transport.MaxRequestBytes)
                {
                    Close(WebSocketCloseStatus.MessageTooBig, $"Messages are at most {_services.Transport.MaxRequestBytes} bytes");
                    return;
                }
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            if (received.MessageType != WebSocketMessageType.Text)
            {
                Close(CloseCodes.BadRequest, "Messages are JSON text");
                continue;
            }

            if (!_closing.IsCancellationRequested)
            {
                await HandleAsync(buffer.WrittenMemory);
            }
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            Close(CloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                Close(CloseCodes.BadRequest, "Invalid message received: no 'type'");
                return;
            }

            var payload = root.TryGetProperty("payload", out var p) ? p : default;
            switch (type.GetString())
            {
                case "connection_init":
                    await InitialiseAsync(payload);
                    break;
                case "ping":
                    Send("""{"type":"pong"}""");
                    break;
                case "pong":
                    break;
                case "subscribe":
                    Subscribe(root, payload);
                    break;
                case "complete":
                    if (Id(root) is { } id && _operations.TryRemove(id, out var operation))
                    {
                        await operation.CancelAsync();
                        Idle();
                    }

                    break;
                default:
                    Close(CloseCodes.BadRequest, $"Invalid message received: type '{type.GetString()}'");
                    break;
            }
        }
    }

    private async Task InitialiseAsync(JsonElement payload)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            Close(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            Close(CloseCodes.BadRequest, "Invalid message received: connection_init payload must be an object");
            return;
        }

        if (payload.ValueKind == JsonValueKind.Object && Authorization(payload) is { } authorization)
        {
            ConnectionAuthorization.Set(_context, authorization);
        }

        // A key that was sent must be good: an integrator learns of a revoked key now, not at its first mutation.
        var presented = ConnectionAuthorization.Of(_context);
        if (presented.Length > 0)
        {
            var check = presented.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? await _services.Keys.CheckAsync(presented["Bearer ".Length..].Trim(), _context.RequestAborted)
                : ApiKeyCheck.Invalid("Send the API key as 'Bearer <key>'");
            if (check.Editor is null)
            {
                Close(CloseCodes.Forbidden, $"Forbidden: {check.Failure}");
                return;
            }
        }

        _acknowledged = true;
        Send("""{"type":"connection_ack"}""");
    }

    /// <summary>The API key of a <c>connection_init</c> payload: <c>authorization</c> (as a header: "Bearer …") or <c>apiKey</c>.</summary>
    private static string? Authorization(JsonElement payload)
    {
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } value)
            {
                if (property.NameEquals("authorization") || property.NameEquals("Authorization"))
                {
                    return value;
                }

                if (property.NameEquals("apiKey"))
                {
                    return "Bearer " + value;
                }
            }
        }

        return null;
    }

    private void Subscribe(JsonElement message, JsonElement payload)
    {
        if (!_acknowledged)
        {
            Close(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (Id(message) is not { } id || payload.ValueKind != JsonValueKind.Object)
        {
            Close(CloseCodes.BadRequest, "Invalid message received: subscribe needs an 'id' and a 'payload' object");
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = _services.Reader.ReadOperation(payload);
        }
        catch (GraphQLRequestRejectedException rejected)
        {
            Close(CloseCodes.BadRequest, $"Invalid message received: {rejected.Message}");
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            Close(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        _ = RunOperationAsync(id, request, cancellation);
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource cancellation)
    {
        var sink = new Sink(this, id, cancellation.Token);
        try
        {
            await _services.Operations.RunAsync(_context, request, sink, _ => { }, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Completed by the client, or the connection is closing.
        }
        catch (Exception e)
        {
            LogFailed(_services.Logger, e, id);
            Close(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            if (_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation)))
            {
                Idle();
            }

            cancellation.Dispose();
        }
    }

    private void Idle()
    {
        if (_operations.IsEmpty)
        {
            Interlocked.Exchange(ref _idleSince, Environment.TickCount64);
        }
    }

    private bool Send(string message)
    {
        if (_closing.IsCancellationRequested)
        {
            return false;
        }

        if (_outgoing.Writer.TryWrite(message))
        {
            return true;
        }

        Close(CloseCodes.TryAgainLater, $"Too slow: more than {_options.MaxWaitingMessages} messages were waiting; reconnect with since:");
        return false;
    }

    private async Task WriteAsync()
    {
        // Sends are not cancelled by closing (that would abort the socket before the close frame): only the grace period ends them.
        using var abort = new CancellationTokenSource();
        await using var _ = _closing.Token.Register(() => abort.CancelAfter(_closeGrace));
        try
        {
            while (!_closing.IsCancellationRequested && await _outgoing.Reader.WaitToReadAsync(_closing.Token))
            {
                while (!_closing.IsCancellationRequested && _outgoing.Reader.TryRead(out var message))
                {
                    await _socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, abort.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // Closing, or the client is gone.
        }

        try
        {
            // What was queued before the close (a connection_ack before 4429, a last result) goes first, within the grace period.
            while (_socket.State == WebSocketState.Open && _outgoing.Reader.TryRead(out var message))
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, abort.Token);
            }

            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var (code, reason) = _close ?? (WebSocketCloseStatus.NormalClosure, "");
                await _socket.CloseOutputAsync(code, reason, abort.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // The client is gone or does not read: the socket is aborted below.
        }
    }

    /// <summary>The connection's clocks: init timeout, idle timeout, lifetime, and the server's shutdown.</summary>
    private async Task WatchAsync(CancellationToken stopping)
    {
        var tick = TimeSpan.FromMilliseconds(Math.Min(1000, _options.ConnectionInitTimeout.TotalMilliseconds / 4));
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping, _closing.Token);
        try
        {
            while (true)
            {
                await Task.Delay(tick, either.Token);
                var now = Environment.TickCount64;
                if (!_acknowledged && now - _started > _options.ConnectionInitTimeout.TotalMilliseconds)
                {
                    Close(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
                }
                else if (_operations.IsEmpty && now - Interlocked.Read(ref _idleSince) > _options.IdleTimeout.TotalMilliseconds)
                {
                    Close(WebSocketCloseStatus.NormalClosure, $"Idle: no operation for {_options.IdleTimeout}");
                }
                else if (now - _started > _options.MaxLifetime.TotalMilliseconds)
                {
                    Close(WebSocketCloseStatus.NormalClosure, $"Connection lifetime of {_options.MaxLifetime} reached; reconnect with since:");
                }
            }
        }
        catch (OperationCanceledException)
        {
            if (stopping.IsCancellationRequested)
            {
                Close(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down; reconnect with since:");
            }
        }

        // The client has the grace period to answer our close frame; then the pending read is ended.
        try
        {
            await Task.Delay(_closeGrace, _readEnded.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (_socket.State != WebSocketState.Closed)
        {
            _socket.Abort();
        }
    }

    private static string? Id(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    /// <summary>A close reason is at most 123 bytes of UTF-8 (RFC 6455, 5.5).</summary>
    private static string Truncate(string reason)
    {
        while (Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "WebSocket operation {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string id);

    /// <summary>Writes one operation's results as <c>next</c>, <c>error</c> and <c>complete</c> messages.</summary>
    private sealed class Sink(GraphQLWebSocketConnection connection, string id, CancellationToken cancellation) : ILiveResultSink
    {
        private readonly string _id = JsonSerializer.Serialize(id);

        public bool Next(ExecutionResult result) =>
            !cancellation.IsCancellationRequested && connection.Send($$"""{"id":{{_id}},"type":"next","payload":{{connection._services.Serializer.Serialize(result)}}}""");

        public void Error(ExecutionResult result)
        {
            if (!cancellation.IsCancellationRequested)
            {
                using var errors = JsonDocument.Parse(connection._services.Serializer.Serialize(result));
                connection.Send($$"""{"id":{{_id}},"type":"error","payload":{{errors.RootElement.GetProperty("errors").GetRawText()}}}""");
            }
        }

        public void Complete()
        {
            if (!cancellation.IsCancellationRequested)
            {
                connection.Send($$"""{"id":{{_id}},"type":"complete"}""");
            }
        }

        public void TooSlow(string message) => connection.Close(CloseCodes.TryAgainLater, "Too slow: changes piled up; resubscribe with since:");
    }
}

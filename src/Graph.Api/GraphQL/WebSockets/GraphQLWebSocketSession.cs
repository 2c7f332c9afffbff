using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Graph.Api.Auth;
using Graph.GraphQL;
using Graph.GraphQL.Subscriptions;

namespace Graph.Api.GraphQL.WebSockets;

/// <summary>
/// One connection speaking graphql-transport-ws: <c>connection_init</c> (sign-in) → <c>connection_ack</c>, then any
/// number of <c>subscribe</c> operations answered with <c>next</c>… and <c>complete</c> or <c>error</c>, ended early by the
/// client's <c>complete</c>; <c>ping</c>/<c>pong</c> at any time. A protocol violation closes the connection with its
/// code (4400, 4401, 4403, 4408, 4409, 4429); when the connection ends, for whatever reason, every subscription it
/// holds is disposed before the close is answered, so nothing stays registered in the hub.
/// </summary>
internal sealed class GraphQLWebSocketSession(
    WebSocket socket, HttpContext upgrade, IKnowledgeGraphQL service, ConnectionSignIn signIn, SubscriptionOptions options, ILogger logger)
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly Dictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private GraphQLCaller? _caller;
    private int _initReceived;
    private bool _failed;

    public async Task RunAsync()
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(upgrade.RequestAborted, _closing.Token);
        var initDeadline = CloseUnlessInitialisedAsync(linked.Token);
        (int Code, string Reason)? close = null;
        try
        {
            close = await ReceiveAsync(linked.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // The client went away (or the init deadline closed the connection): clean up below.
        }
        finally
        {
            await _closing.CancelAsync();
            await StopAllAsync();
            await initDeadline;
        }
        if (_failed) close = (CloseCodes.InternalError, "Internal error");
        if (close is { } c) await CloseAsync(c.Code, c.Reason);
    }

    /// <summary>Reads messages until the connection ends; returns the close to send (null when the socket is already gone).</summary>
    private async Task<(int Code, string Reason)?> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (outcome, text) = await WebSocketMessageReader.ReadAsync(socket, options.MaxMessageBytes, cancellationToken);
            switch (outcome)
            {
                case ReadOutcome.Closed:
                    return ((int)WebSocketCloseStatus.NormalClosure, "");
                case ReadOutcome.Binary:
                    return (CloseCodes.BadRequest, "Messages are JSON text, not binary.");
                case ReadOutcome.TooLarge:
                    return (CloseCodes.BadRequest, $"A message is larger than {options.MaxMessageBytes} bytes (Graph:GraphQL:Subscriptions:MaxMessageBytes).");
            }
            var (message, error) = TransportMessage.Parse(text);
            if (message is null) return (CloseCodes.BadRequest, error!);
            if (await HandleAsync(message, cancellationToken) is { } close) return close;
        }
    }

    private async Task<(int, string)?> HandleAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        switch (message.Type)
        {
            case "connection_init":
                if (Interlocked.Exchange(ref _initReceived, 1) == 1) return (CloseCodes.TooManyInitRequests, "Too many initialisation requests");
                var (caller, refusal) = await signIn.SignInAsync(upgrade, message.Payload);
                if (caller is null) return (CloseCodes.Forbidden, "Forbidden: " + refusal);
                _caller = caller;
                await SendAsync(TransportMessage.Write("connection_ack"), cancellationToken);
                return null;
            case "ping":
                await SendAsync(TransportMessage.Write("pong"), cancellationToken);
                return null;
            case "pong":
                return null;
            case "subscribe":
                return await SubscribeAsync(message, cancellationToken);
            case "complete":
                if (message.Id is null) return (CloseCodes.BadRequest, "A complete message needs an 'id'.");
                Stop(message.Id);
                return null;
            default:
                return (CloseCodes.BadRequest, $"Unknown message type '{Shorten(message.Type, 40)}'.");
        }
    }

    private async Task<(int, string)?> SubscribeAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        if (_caller is null) return (CloseCodes.Unauthorized, "Unauthorized: send connection_init and wait for connection_ack first.");
        if (message.Id is null) return (CloseCodes.BadRequest, "A subscribe message needs an 'id'.");
        if (message.Payload is not { ValueKind: JsonValueKind.Object } payload) return (CloseCodes.BadRequest, "A subscribe message needs a payload object with a 'query'.");
        var (request, error) = GraphQLHttpRequestReader.ReadBody(payload);
        if (request is null) return (CloseCodes.BadRequest, error!.Message);

        Operation? operation = null;
        lock (_operations)
        {
            if (_operations.ContainsKey(message.Id)) return (CloseCodes.SubscriberExists, $"Subscriber for {Shorten(message.Id, 60)} already exists");
            if (_operations.Count < options.MaxSubscriptionsPerConnection)
            {
                operation = new Operation(CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
                _operations[message.Id] = operation;
            }
        }
        if (operation is null)
        {
            await SendAsync(TransportMessage.Write("error", message.Id, TransportMessage.Errors("TOO_MANY_SUBSCRIPTIONS",
                $"This connection already runs {options.MaxSubscriptionsPerConnection} operations (Graph:GraphQL:Subscriptions:MaxSubscriptionsPerConnection); complete one first.")),
                cancellationToken);
            return null;
        }
        operation.Run = RunOperationAsync(message.Id, operation, request with { Caller = _caller });
        return null;
    }

    private async Task RunOperationAsync(string id, Operation operation, GraphQLRequest request)
    {
        var token = operation.Cancel.Token;
        try
        {
            using var stream = await service.SubscribeAsync(request, token);
            operation.Stream = stream;
            token.ThrowIfCancellationRequested();
            if (stream.Result is { } result)
            {
                if (result.Outcome is GraphQLOutcome.Executed)
                {
                    await SendAsync(TransportMessage.Write("next", id, result.Json), token);
                    await SendAsync(TransportMessage.Write("complete", id), token);
                }
                else
                {
                    await SendAsync(TransportMessage.Write("error", id, ErrorsOf(result.Json)), token);
                }
                return;
            }
            await foreach (var next in stream.ReadAllAsync(token)) await SendAsync(TransportMessage.Write("next", id, next.Json), token);
            await SendAsync(stream.ErrorsJson is { } errors ? TransportMessage.Write("error", id, errors) : TransportMessage.Write("complete", id), token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // Completed by the client, or the connection ended.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Subscription {Id} failed", id);
            _failed = true;
            await _closing.CancelAsync();
        }
        finally
        {
            lock (_operations)
            {
                if (_operations.TryGetValue(id, out var current) && current == operation) _operations.Remove(id);
            }
        }
    }

    private void Stop(string id)
    {
        Operation? operation;
        lock (_operations)
        {
            if (!_operations.Remove(id, out operation)) return;
        }
        operation.Cancel.Cancel();
        // Leaves the hub now, not when the operation's task gets round to it: a later message sees it gone.
        operation.Stream?.Dispose();
    }

    private async Task StopAllAsync()
    {
        List<Operation> running;
        lock (_operations)
        {
            running = [.. _operations.Values];
            _operations.Clear();
        }
        foreach (var operation in running) await operation.Cancel.CancelAsync();
        await Task.WhenAll(running.Select(o => o.Run ?? Task.CompletedTask));
        foreach (var operation in running) operation.Cancel.Dispose();
    }

    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref _initReceived) == 1) return;
        await CloseAsync(CloseCodes.InitTimeout, "Connection initialisation timeout");
        await _closing.CancelAsync();
    }

    private async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, Shorten(reason, 120), CancellationToken.None);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
        {
            // Already gone.
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>The <c>errors</c> array of a GraphQL response that did not execute.</summary>
    private static string ErrorsOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    // A close reason is at most 123 bytes of UTF-8.
    private static string Shorten(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var cut = text[..Math.Min(text.Length, maxBytes)];
        while (cut.Length > 0 && Encoding.UTF8.GetByteCount(cut) > maxBytes - 3) cut = cut[..^1];
        return cut + "…";
    }

    private sealed class Operation(CancellationTokenSource cancel)
    {
        public CancellationTokenSource Cancel { get; } = cancel;

        public Task? Run { get; set; }

        public GraphQLStream? Stream { get; set; }
    }
}

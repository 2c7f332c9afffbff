using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Api.Tests.Support;

/// <summary>
/// A graphql-transport-ws client over the test server: sends messages and reads the next message or the close. Every
/// read waits for something the server is bound to send; a hang guard (not an assertion) ends a broken test.
/// </summary>
internal sealed class GraphQLWsClient : IAsyncDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);
    private readonly WebSocket _socket;

    private GraphQLWsClient(WebSocket socket) => _socket = socket;

    public WebSocketState State => _socket.State;

    public static async Task<GraphQLWsClient> ConnectAsync<T>(WebApplicationFactory<T> factory, string? subprotocol = "graphql-transport-ws", string? apiKey = null)
        where T : class
    {
        var client = factory.Server.CreateWebSocketClient();
        if (subprotocol is not null) client.SubProtocols.Add(subprotocol);
        if (apiKey is not null) client.ConfigureRequest = r => r.Headers[TestSignIn.ApiKeyHeader] = apiKey;
        var socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None).WaitAsync(HangGuard);
        return new GraphQLWsClient(socket);
    }

    /// <summary>Connects and signs in with <paramref name="initPayload"/>; asserts the acknowledgement.</summary>
    public static async Task<GraphQLWsClient> ReadyAsync<T>(WebApplicationFactory<T> factory, object? initPayload = null)
        where T : class
    {
        var client = await ConnectAsync(factory);
        await client.SendAsync(new { type = "connection_init", payload = initPayload });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", (string)ack!["type"]!);
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendBinaryAsync(byte[] bytes) => _socket.SendAsync(bytes, WebSocketMessageType.Binary, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query) => SendAsync(new { type = "subscribe", id, payload = new { query } });

    /// <summary>The next message, or null when the server closed the connection (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonNode?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(HangGuard);
            if (received.MessageType == WebSocketMessageType.Close) return null;
            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage) return JsonNode.Parse(text.ToArray());
        }
    }

    /// <summary>Reads until the server closes; returns its close code and reason.</summary>
    public async Task<(int Code, string Reason)> ClosedAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return ((int)_socket.CloseStatus!.Value, _socket.CloseStatusDescription ?? "");
    }

    public Task CloseAsync() => _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(HangGuard);

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

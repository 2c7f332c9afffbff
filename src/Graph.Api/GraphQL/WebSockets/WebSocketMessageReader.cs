using System.Buffers;
using System.Net.WebSockets;

namespace Graph.Api.GraphQL.WebSockets;

/// <summary>What one read from the socket gave: a whole text message, a close, or something the protocol refuses.</summary>
internal enum ReadOutcome
{
    Text,
    Closed,
    Binary,
    TooLarge,
}

/// <summary>
/// Reads one whole WebSocket message, stopping at <c>maxBytes</c>: a client cannot make the server buffer more than
/// that for one message (it is then closed with 4400).
/// </summary>
internal static class WebSocketMessageReader
{
    public static async Task<(ReadOutcome Outcome, ReadOnlyMemory<byte> Text)> ReadAsync(WebSocket socket, int maxBytes, CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>(1024);
        var chunk = new byte[4096];
        while (true)
        {
            var received = await socket.ReceiveAsync(chunk.AsMemory(), cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close) return (ReadOutcome.Closed, default);
            if (received.MessageType == WebSocketMessageType.Binary) return (ReadOutcome.Binary, default);
            if (message.WrittenCount + received.Count > maxBytes) return (ReadOutcome.TooLarge, default);
            message.Write(chunk.AsSpan(0, received.Count));
            if (received.EndOfMessage) return (ReadOutcome.Text, message.WrittenMemory);
        }
    }
}

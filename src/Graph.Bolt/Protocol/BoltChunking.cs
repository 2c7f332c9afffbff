using System.Buffers.Binary;

namespace Graph.Bolt.Protocol;

/// <summary>
/// Bolt's framing: a message is a run of chunks (two-byte big-endian size, then that many bytes) ended by an
/// empty chunk. An empty chunk with no message before it is a no-op (a keep-alive) and is skipped.
/// </summary>
public static class BoltChunking
{
    public const int MaxChunk = ushort.MaxValue;

    /// <summary>
    /// Reads the next message, or null at a clean end of stream. A message larger than <paramref name="maxMessageBytes"/>
    /// or a stream cut mid-message is a <see cref="BoltProtocolException"/>.
    /// </summary>
    public static async Task<byte[]?> ReadMessageAsync(Stream stream, int maxMessageBytes, CancellationToken cancellationToken)
    {
        var header = new byte[2];
        using var message = new MemoryStream();
        while (true)
        {
            if (!await ReadExactlyOrEndAsync(stream, header, cancellationToken))
            {
                if (message.Length == 0) return null;
                throw new BoltProtocolException("The connection ended in the middle of a message.");
            }
            var size = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (size == 0)
            {
                if (message.Length == 0) continue; // no-op chunk
                return message.ToArray();
            }
            if (message.Length + size > maxMessageBytes)
            {
                throw new BoltProtocolException($"A message is larger than the limit of {maxMessageBytes} bytes.");
            }
            var chunk = new byte[size];
            if (!await ReadExactlyOrEndAsync(stream, chunk, cancellationToken))
            {
                throw new BoltProtocolException("The connection ended in the middle of a chunk.");
            }
            message.Write(chunk);
        }
    }

    /// <summary>Appends <paramref name="message"/> as chunks of at most 65 535 bytes and the closing empty chunk.</summary>
    public static void WriteMessage(Stream output, ReadOnlySpan<byte> message)
    {
        Span<byte> header = stackalloc byte[2];
        while (message.Length > 0)
        {
            var size = Math.Min(message.Length, MaxChunk);
            BinaryPrimitives.WriteUInt16BigEndian(header, (ushort)size);
            output.Write(header);
            output.Write(message[..size]);
            message = message[size..];
        }
        output.Write([0, 0]);
    }

    private static async Task<bool> ReadExactlyOrEndAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == buffer.Length) return true;
        if (read == 0) return false;
        throw new BoltProtocolException("The connection ended in the middle of a chunk header.");
    }
}

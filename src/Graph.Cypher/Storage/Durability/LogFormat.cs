using System.Buffers.Binary;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Layout of a log segment: a 20-byte header ("GRAPHWAL", format, first lsn), then records of
/// [payload length: int32][CRC-32C of payload: uint32][payload: lsn int64, operations].
/// </summary>
internal static class LogFormat
{
    public const int HeaderSize = 20;
    public const int RecordHeaderSize = 8;
    public const int FormatVersion = 1;

    /// <summary>No single transaction record may claim more than this; a larger length is damage.</summary>
    public const int MaxPayload = 1 << 30;

    private static ReadOnlySpan<byte> Magic => "GRAPHWAL"u8;

    public static byte[] Header(long firstLsn)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(12), firstLsn);
        return header;
    }

    /// <summary>The first lsn the header names, or null when it is not a segment header of this format.</summary>
    public static long? ReadHeader(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= HeaderSize && bytes[..8].SequenceEqual(Magic) && BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]) == FormatVersion
            ? BinaryPrimitives.ReadInt64LittleEndian(bytes[12..])
            : null;

    /// <summary>Encodes a change set as one record (header plus payload) into the buffer.</summary>
    public static void WriteRecord(MemoryStream buffer, long lsn, IReadOnlyList<StoreChange> changes)
    {
        buffer.SetLength(0);
        buffer.Position = RecordHeaderSize;
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(lsn);
            ChangeCodec.WriteChanges(writer, changes);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var payload = bytes[RecordHeaderSize..];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[4..], Crc32.Compute(payload));
    }

    /// <summary>
    /// The record at the offset when it is whole and its checksum holds: (lsn, payload, size);
    /// null when it is short or damaged.
    /// </summary>
    public static (long Lsn, ReadOnlyMemory<byte> Payload, int Size)? TryRead(ReadOnlyMemory<byte> data, int offset)
    {
        var span = data.Span;
        if (span.Length - offset < RecordHeaderSize + 8)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(span[offset..]);
        if (length < 8 || length > MaxPayload || length > span.Length - offset - RecordHeaderSize)
        {
            return null;
        }

        var payload = data.Slice(offset + RecordHeaderSize, length);
        if (Crc32.Compute(payload.Span) != BinaryPrimitives.ReadUInt32LittleEndian(span[(offset + 4)..]))
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt64LittleEndian(payload.Span), payload, RecordHeaderSize + length);
    }
}

using System.Buffers.Binary;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Layout of a snapshot file: "GRAPHSNP", format (int32), body length (int64), CRC-32C of the body
/// (uint32), then the body: lsn and id counters, the three token tables, schema rules with their ids,
/// nodes (id, label tokens, key tokens and values), relationships (id, ends, type token, properties).
/// </summary>
internal static class SnapshotFormat
{
    public const int HeaderSize = 24;
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "GRAPHSNP"u8;

    public static byte[] Header(ReadOnlySpan<byte> body)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(12), body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(20), Crc32.Compute(body));
        return header;
    }

    /// <summary>The body when the file is whole and its checksum holds; otherwise why not.</summary>
    public static ReadOnlyMemory<byte> Body(string path, byte[] file)
    {
        var span = file.AsSpan();
        if (span.Length < HeaderSize || !span[..8].SequenceEqual(Magic))
        {
            throw DurabilityErrors.Corrupt(path, "not a snapshot (bad header).");
        }

        if (BinaryPrimitives.ReadInt32LittleEndian(span[8..]) != FormatVersion)
        {
            throw DurabilityErrors.Corrupt(path, $"unsupported snapshot format {BinaryPrimitives.ReadInt32LittleEndian(span[8..])}.");
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(span[12..]);
        if (length != span.Length - HeaderSize)
        {
            throw DurabilityErrors.Corrupt(path, $"the snapshot should hold {length} bytes after its header but holds {span.Length - HeaderSize}.");
        }

        var body = file.AsMemory(HeaderSize);
        if (Crc32.Compute(body.Span) != BinaryPrimitives.ReadUInt32LittleEndian(span[20..]))
        {
            throw DurabilityErrors.Corrupt(path, "the snapshot checksum does not match its contents.");
        }

        return body;
    }
}

using System.Buffers.Binary;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Layout of a snapshot file: "GRAPHSNP", format (int32), body length (int64), CRC-32C of the body
/// (uint32), then the body: lsn and id counters, the three token tables, schema rules with their ids,
/// nodes (id, label tokens, key tokens and values), relationships (id, ends, type token, properties), and
/// from format 2 on the full-text indexes' packed data (so reopening does not analyse every document again).
/// Format 1 files (no index data) are still read; their full-text indexes are rebuilt from the records.
/// </summary>
internal static class SnapshotFormat
{
    public const int HeaderSize = 24;
    public const int FormatVersion = 2;

    /// <summary>The oldest format still read.</summary>
    public const int OldestReadable = 1;

    private static ReadOnlySpan<byte> Magic => "GRAPHSNP"u8;

    public static byte[] Header(ReadOnlySpan<byte> body, int format = FormatVersion)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), format);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(12), body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(20), Crc32.Compute(body));
        return header;
    }

    /// <summary>The body and its format when the file is whole and its checksum holds; otherwise why not.</summary>
    public static (ReadOnlyMemory<byte> Body, int Format) Body(string path, byte[] file)
    {
        var span = file.AsSpan();
        if (span.Length < HeaderSize || !span[..8].SequenceEqual(Magic))
        {
            throw DurabilityErrors.Corrupt(path, "not a snapshot (bad header).");
        }

        var format = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
        if (format is < OldestReadable or > FormatVersion)
        {
            throw DurabilityErrors.Corrupt(path, $"unsupported snapshot format {format}: this version reads formats {OldestReadable} to {FormatVersion}, so the file was written by another version of Graph; open the directory with that version.");
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

        return (body, format);
    }
}

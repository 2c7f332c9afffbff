namespace Graph.Cypher.Storage.Durability;

/// <summary>What one segment holds: its good records and where the good part ends.</summary>
internal sealed record SegmentContents(long FirstLsn, IReadOnlyList<(long Lsn, ReadOnlyMemory<byte> Payload)> Records, long ValidLength, long FileLength);

/// <summary>
/// Reads a log segment and tells a torn tail (the last write never finished: drop it) from damage in
/// the middle (a bad record with good records after it: refuse to open, never skip silently).
/// </summary>
internal static class LogSegmentReader
{
    public static SegmentContents Read(string path, long expectedFirstLsn, bool isLast) => Read(path, expectedFirstLsn, isLast, upToDamage: false);

    /// <summary>For <c>graph recover</c>: the records before the first damaged one, whatever follows it (a bad header still throws).</summary>
    public static SegmentContents ReadUpToDamage(string path, long expectedFirstLsn) => Read(path, expectedFirstLsn, isLast: true, upToDamage: true);

    private static SegmentContents Read(string path, long expectedFirstLsn, bool isLast, bool upToDamage)
    {
        var data = File.ReadAllBytes(path);
        if (LogFormat.ReadHeader(data) is not { } firstLsn)
        {
            // Segments are created whole (temp file, rename), so a bad header is damage, not a torn write.
            throw DurabilityErrors.Corrupt(path, "not a log segment (bad header).");
        }

        if (firstLsn != expectedFirstLsn)
        {
            throw DurabilityErrors.Corrupt(path, $"the header names first record {firstLsn}, the file name {expectedFirstLsn}.");
        }

        var records = new List<(long, ReadOnlyMemory<byte>)>();
        var memory = new ReadOnlyMemory<byte>(data);
        var offset = LogFormat.HeaderSize;
        var next = firstLsn;
        while (offset < data.Length)
        {
            var read = LogFormat.TryRead(memory, offset);
            if (upToDamage && read?.Lsn != next)
            {
                break; // damaged, or out of sequence: everything from here on is what recovery sets aside
            }

            if (read is not { } record)
            {
                if (FindLaterRecord(memory, offset + 1, next) is { } later)
                {
                    throw DurabilityErrors.Corrupt(path, $"record {next} at byte {offset} is damaged but record {later.Lsn} follows at byte {later.Offset}; the log cannot be replayed past the damage.");
                }

                if (!isLast)
                {
                    throw DurabilityErrors.Corrupt(path, $"record {next} at byte {offset} is damaged and later segments exist.");
                }

                break;
            }

            if (record.Lsn != next)
            {
                throw DurabilityErrors.Corrupt(path, $"expected record {next} at byte {offset}, found record {record.Lsn}.");
            }

            records.Add((record.Lsn, record.Payload[8..]));
            offset += record.Size;
            next++;
        }

        return new SegmentContents(firstLsn, records, Math.Min(offset, data.Length), data.Length);
    }

    /// <summary>Any whole record further on with a later lsn than the damaged one expected.</summary>
    private static (long Lsn, int Offset)? FindLaterRecord(ReadOnlyMemory<byte> data, int from, long expected)
    {
        var span = data.Span;
        for (var offset = from; offset + LogFormat.RecordHeaderSize + 8 <= span.Length; offset++)
        {
            // Cheap filter first: the lsn field must be plausible before paying for a checksum.
            var lsn = BitConverter.ToInt64(span.Slice(offset + LogFormat.RecordHeaderSize, 8));
            if (lsn < expected || lsn > expected + (1L << 32))
            {
                continue;
            }

            if (LogFormat.TryRead(data, offset) is { } record)
            {
                return (record.Lsn, offset);
            }
        }

        return null;
    }
}

using Graph.Cypher.Storage;
namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Opening a data directory: load the newest snapshot, replay the log records after it, cut a torn
/// tail off the last segment, and hand back a log ready to append.
/// </summary>
internal static class Recovery
{
    public static WriteAheadLog Run(string directory, GraphStore store, DurabilityOptions options)
    {
        DataDirectory.DeleteTemporaryFiles(directory);
        var snapshots = DataDirectory.Snapshots(directory);
        var segments = DataDirectory.Segments(directory);
        var head = CheckChain(directory, snapshots, segments);
        var lsn = 0L;
        using var bulk = new BulkReplay(store);
        if (snapshots.Count > 0)
        {
            var (_, path) = snapshots[^1];
            try
            {
                lsn = bulk.LoadSnapshot(path);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or Core.Errors.GraphException)
            {
                throw e as Core.Errors.GraphException ?? DurabilityErrors.Corrupt(path, e.Message, e);
            }
        }

        // Segments wholly covered by the snapshot are left over from a checkpoint that stopped before deleting them.
        var first = segments.FindLastIndex(s => s.Lsn <= lsn + 1);
        if (first < 0)
        {
            Install(bulk, snapshots);
            return WriteAheadLog.Start(directory, options, lsn);
        }

        var next = segments[first].Lsn;
        SegmentContents? last = null;
        using (var replay = new ChangeReplayer(store))
        {
            for (var i = first; i < segments.Count; i++)
            {
                var (firstLsn, path) = segments[i];
                if (firstLsn != next)
                {
                    throw DurabilityErrors.Missing(directory, DataDirectory.SegmentName(next), $"records {next} to {firstLsn - 1}, between {Path.GetFileName(segments[i - 1].Path)} and {Path.GetFileName(path)}");
                }

                last = LogSegmentReader.Read(path, firstLsn, isLast: i == segments.Count - 1);
                foreach (var (recordLsn, payload) in last.Records)
                {
                    if (recordLsn > lsn)
                    {
                        Replay(path, recordLsn, payload, bulk, replay, snapshots);
                        lsn = recordLsn;
                    }
                }

                next = firstLsn + last.Records.Count;
            }

            Install(bulk, snapshots);
            replay.Flush();
        }

        var lastPath = segments[^1].Path;
        if (head != segments[^1].Lsn)
        {
            // Written before log-head existed, or a crash came between a new segment and its head: record the newest now, so a later deletion shows.
            DataDirectory.WriteHead(directory, segments[^1].Lsn);
        }

        if (last!.ValidLength < last.FileLength)
        {
            var dropped = last.FileLength - last.ValidLength;
            options.Warn(new StorageWarning(
                $"Dropped a damaged or unfinished last log record: {Path.GetFileName(lastPath)}, {dropped} byte(s) from byte {last.ValidLength} (a write that never completed, e.g. a crash mid-commit; it was never acknowledged). Records up to {next - 1} are kept.",
                lastPath,
                last.ValidLength,
                dropped));
        }

        return WriteAheadLog.Continue(directory, options, lastPath, last.ValidLength, Math.Max(lsn, next - 1));
    }

    /// <summary>
    /// From the names alone: every checkpoint starts segment S+1 before it writes snapshot S, and log-head
    /// names the newest segment, so a deleted segment (the last one included) shows as a missing name.
    /// </summary>
    private static long? CheckChain(string directory, List<(long Lsn, string Path)> snapshots, List<(long Lsn, string Path)> segments)
    {
        var head = DataDirectory.ReadHead(directory);
        if (head is { } newest && !segments.Exists(s => s.Lsn == newest))
        {
            throw DurabilityErrors.Missing(directory, DataDirectory.SegmentName(newest), $"{DataDirectory.HeadFileName} names it as the newest log segment, holding the latest commits");
        }

        if (snapshots.Count == 0)
        {
            if (segments.Count > 0 && segments[0].Lsn != 1)
            {
                throw DurabilityErrors.Missing(directory, DataDirectory.SegmentName(1), $"there is no snapshot and the log starts at record {segments[0].Lsn}");
            }

            return head;
        }

        var (lsn, snapshot) = snapshots[^1];
        if (!segments.Exists(s => s.Lsn == lsn + 1))
        {
            var later = segments.Find(s => s.Lsn > lsn + 1);
            var what = later.Path is null ? "the log of every commit after it" : $"records {lsn + 1} to {later.Lsn - 1}";
            throw DurabilityErrors.Missing(directory, DataDirectory.SegmentName(lsn + 1), $"{Path.GetFileName(snapshot)} is followed by this segment: {what}");
        }

        return head;
    }

    // A snapshot whose schema cannot be re-created over its data is as damaged as an unreadable one.
    private static void Install(BulkReplay bulk, IReadOnlyList<(long Lsn, string Path)> snapshots)
    {
        try
        {
            bulk.Finish();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or Core.Errors.GraphException && snapshots.Count > 0)
        {
            throw e as Core.Errors.GraphException ?? DurabilityErrors.Corrupt(snapshots[^1].Path, e.Message, e);
        }
    }

    private static void Replay(string path, long lsn, ReadOnlyMemory<byte> payload, BulkReplay bulk, ChangeReplayer replay, IReadOnlyList<(long Lsn, string Path)> snapshots)
    {
        try
        {
            if (!System.Runtime.InteropServices.MemoryMarshal.TryGetArray(payload, out var segment))
            {
                throw new InvalidDataException("Log payload is not array-backed.");
            }

            if (bulk.TryApply(segment.Array!, segment.Offset, segment.Count, path, lsn))
            {
                return;
            }

            Install(bulk, snapshots);
            using var stream = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
            var changes = ChangeCodec.ReadChanges(reader);
            foreach (var change in changes)
            {
                replay.Apply(change);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or Core.Errors.GraphException or ArgumentException)
        {
            throw DurabilityErrors.Corrupt(path, $"record {lsn} has a valid checksum but cannot be replayed: {e.Message}", e);
        }
    }
}

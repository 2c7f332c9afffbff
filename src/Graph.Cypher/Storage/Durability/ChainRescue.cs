using System.Globalization;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// <c>graph recover</c>: finds the longest state the data directory can still prove — the newest
/// readable snapshot plus the log segments that follow it without a gap, up to the first damaged
/// record — and, when asked, makes the directory open on exactly that. Nothing is deleted: what is
/// dropped moves to a <c>set-aside-…</c> folder inside the directory.
/// </summary>
internal static class ChainRescue
{
    public static RescuePlan Plan(string directory)
    {
        var plan = new RescuePlan(directory);
        var baseLsn = ChooseSnapshot(plan, DataDirectory.Snapshots(directory));
        var segments = DataDirectory.Segments(directory);
        var head = ReadHead(plan);
        var next = baseLsn + 1;
        var start = segments.FindIndex(s => s.Lsn == next);
        var end = start < 0 ? segments.FindIndex(s => s.Lsn > next) : start;
        if (start < 0 && (plan.Snapshot is not null || head is not null || end >= 0))
        {
            var until = end >= 0 ? $"records {next} to {segments[end].Lsn - 1}" : $"every commit after record {baseLsn}";
            plan.Lost.Add($"{DataDirectory.SegmentName(next)} is missing: {until} are lost");
        }

        for (var i = Math.Max(start, 0); start >= 0 && i < segments.Count; i++, end = i)
        {
            var (lsn, path) = segments[i];
            if (lsn != next)
            {
                plan.Lost.Add($"{DataDirectory.SegmentName(next)} is missing: records {next} to {lsn - 1} are lost");
                break;
            }

            SegmentContents contents;
            try
            {
                contents = LogSegmentReader.ReadUpToDamage(path, lsn);
            }
            catch (Core.Errors.GraphException e)
            {
                plan.Lost.Add($"{Path.GetFileName(path)} is unreadable ({e.Message}): the records it held are lost");
                break;
            }

            next = lsn + contents.Records.Count;
            plan.NewestSegment = lsn;
            plan.Kept.Add(contents.Records.Count == 0 ? $"{Path.GetFileName(path)}: no records" : $"{Path.GetFileName(path)}: records {lsn} to {next - 1}");
            if (contents.ValidLength < contents.FileLength)
            {
                plan.Cut = (path, contents.ValidLength);
                plan.Lost.Add($"{Path.GetFileName(path)}: {contents.FileLength - contents.ValidLength} byte(s) from byte {contents.ValidLength}, a damaged record {next} and whatever follows it");
                end = i + 1;
                break;
            }
        }

        // Everything after the last segment kept cannot be replayed: it goes aside.
        foreach (var (lsn, path) in segments.Skip(Math.Max(end, 0)).Where(s => s.Lsn > (plan.NewestSegment ?? baseLsn)))
        {
            plan.SetAside.Add(path);
            plan.Lost.Add($"{Path.GetFileName(path)}: records from {lsn} on, after the gap, set aside");
        }

        if (head is { } newest && newest > (plan.NewestSegment ?? next) && !segments.Exists(s => s.Lsn == newest))
        {
            plan.Lost.Add($"{DataDirectory.SegmentName(newest)}, the newest segment by {DataDirectory.HeadFileName}, is missing: the latest commits are lost");
        }

        plan.LastLsn = next - 1;
        return plan;
    }

    /// <summary>Moves what is dropped aside, cuts a damaged segment back, and records the kept chain so the directory opens.</summary>
    public static void Apply(RescuePlan plan)
    {
        var directory = plan.Directory;
        using var _ = DataDirectory.Lock(directory);
        string? aside = null;
        string Aside() => aside ??= Directory.CreateDirectory(Path.Combine(directory, "set-aside-" + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture))).FullName;
        foreach (var path in plan.SetAside)
        {
            File.Move(path, Path.Combine(Aside(), Path.GetFileName(path)));
        }

        if (plan.Cut is var (cutPath, length))
        {
            File.Copy(cutPath, Path.Combine(Aside(), Path.GetFileName(cutPath)));
            using var segment = new FileStream(cutPath, FileMode.Open, FileAccess.Write);
            segment.SetLength(length);
            segment.Flush(flushToDisk: true);
        }

        var newest = plan.NewestSegment ?? plan.LastLsn + 1;
        if (plan.NewestSegment is null)
        {
            // The log after the snapshot is gone: start it again, empty, where the snapshot ends.
            DataDirectory.WriteAtomically(DataDirectory.SegmentPath(directory, newest), stream => stream.Write(LogFormat.Header(newest)));
        }

        DataDirectory.WriteHead(directory, newest);
        DataDirectory.SyncDirectory(directory);
        plan.SetAsideIn = aside;
    }

    // The newest snapshot whose checksum holds; newer damaged ones go aside (opening would pick them).
    private static long ChooseSnapshot(RescuePlan plan, List<(long Lsn, string Path)> snapshots)
    {
        for (var i = snapshots.Count - 1; i >= 0; i--)
        {
            var (lsn, path) = snapshots[i];
            try
            {
                SnapshotFormat.Body(path, File.ReadAllBytes(path));
                plan.Snapshot = path;
                plan.Kept.Add($"{Path.GetFileName(path)}: the graph as of record {lsn}");
                return lsn;
            }
            catch (Core.Errors.GraphException e)
            {
                plan.SetAside.Add(path);
                plan.Lost.Add($"{Path.GetFileName(path)} is damaged ({e.Message}): set aside");
            }
        }

        return 0;
    }

    private static long? ReadHead(RescuePlan plan)
    {
        try
        {
            return DataDirectory.ReadHead(plan.Directory);
        }
        catch (Core.Errors.GraphException e)
        {
            plan.Lost.Add($"{DataDirectory.HeadFileName} is unreadable ({e.Message}): it is rewritten");
            return null;
        }
    }
}

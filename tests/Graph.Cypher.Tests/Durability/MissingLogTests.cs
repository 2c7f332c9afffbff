using Graph.Core.Errors;
using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Tests.Durability;

// Locks down a broken snapshot/log chain: a deleted log segment (last or middle) makes opening fail with
// the missing file's name, and recovery keeps exactly the last good snapshot plus the unbroken log after it.
public sealed class MissingLogTests : IDisposable
{
    private static readonly DurabilityOptions Manual = new() { BackgroundCheckpoints = false };
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ADeletedLastSegmentAfterASnapshotIsRefusedNamingIt()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Commit(store, "InSnapshot");
            store.Checkpoint();
            Commit(store, "InLog");
        }

        var segment = _dir.Segments().Single();
        File.Delete(segment);

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
        Assert.Equal(DurabilityErrors.StorageDamageDetected, error.Code);
        Assert.Contains(System.IO.Path.GetFileName(segment) + " is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("graph recover --data", error.Message, StringComparison.Ordinal);

        var report = DataDirectoryRecovery.Recover(_dir.Path);
        Assert.Contains(report.Lost, line => line.StartsWith(System.IO.Path.GetFileName(segment) + " is missing", StringComparison.Ordinal));
        using var recovered = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.Equal(["InSnapshot"], recovered.Snapshot().LabelsInUse());
    }

    [Fact]
    public void ADeletedOnlySegmentIsRefusedNotOpenedAsAnEmptyStore()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Commit(store, "Written");
        }

        File.Delete(_dir.Segments().Single());

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
        Assert.Contains("wal-0000000000000000001.log is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADirectoryWrittenBeforeLogHeadGetsOneOnOpenSoALaterDeletionShows()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Commit(store, "Written");
        }

        File.Delete(System.IO.Path.Combine(_dir.Path, DataDirectory.HeadFileName));
        using (DurableGraphStore.Open(_dir.Path, Manual))
        {
        }

        Assert.True(File.Exists(System.IO.Path.Combine(_dir.Path, DataDirectory.HeadFileName)));
        File.Delete(_dir.Segments().Single());
        Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
    }

    [Fact]
    public void ADeletedMiddleSegmentIsRefusedAndRecoveryKeepsWhatPrecedesIt()
    {
        var segments = WriteThreeSegments();
        File.Delete(segments[1]);

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
        Assert.Contains(System.IO.Path.GetFileName(segments[1]) + " is missing (records 3 to 4", error.Message, StringComparison.Ordinal);

        var inspected = DataDirectoryRecovery.Inspect(_dir.Path);
        Assert.Equal(2, inspected.LastRecord);
        Assert.Equal([$"{System.IO.Path.GetFileName(segments[0])}: records 1 to 2"], inspected.Kept);
        Assert.Equal(2, _dir.Segments().Length); // inspecting changed nothing
        var recovered = DataDirectoryRecovery.Recover(_dir.Path);

        Assert.True(File.Exists(System.IO.Path.Combine(recovered.SetAsideIn!, System.IO.Path.GetFileName(segments[2]))), "the segment after the gap is set aside, not deleted");
        using var store = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.Equal(["First"], store.Snapshot().LabelsInUse());
        Assert.Equal(2, store.Snapshot().NodeCount);
    }

    [Fact]
    public void RecoveryCutsALogAtADamagedRecordThatGoodRecordsFollow()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Commit(store, "Kept");
            Commit(store, "Damaged");
            Commit(store, "AfterTheDamage");
        }

        var segment = _dir.Segments().Single();
        var bytes = File.ReadAllBytes(segment);
        var second = LogFormat.TryRead(bytes, LogFormat.HeaderSize)!.Value.Size + LogFormat.HeaderSize;
        bytes[second + LogFormat.RecordHeaderSize + 9] ^= 0x01; // inside record 2's payload
        File.WriteAllBytes(segment, bytes);
        var refused = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
        Assert.Contains("graph recover --data", refused.Message, StringComparison.Ordinal);

        var report = DataDirectoryRecovery.Recover(_dir.Path);

        Assert.Equal(1, report.LastRecord);
        Assert.Equal(bytes, File.ReadAllBytes(System.IO.Path.Combine(report.SetAsideIn!, System.IO.Path.GetFileName(segment))));
        using var recovered = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.Equal(["Kept"], recovered.Snapshot().LabelsInUse());
    }

    [Fact]
    public void AnIntactDirectoryLosesNothing()
    {
        WriteThreeSegments();
        var report = DataDirectoryRecovery.Inspect(_dir.Path);
        Assert.True(report.LosesNothing, string.Join("; ", report.Lost));
        Assert.Equal(6, report.LastRecord);
    }

    /// <summary>Segments holding records 1–2, 3–4 and 5–6 with no snapshot: checkpoints, then the covered segments put back.</summary>
    private string[] WriteThreeSegments()
    {
        var kept = new List<(string Path, byte[] Bytes)>();
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            foreach (var label in new[] { "First", "Second", "Third" })
            {
                Commit(store, label);
                Commit(store, label);
                if (label != "Third")
                {
                    var segment = _dir.Segments().Last();
                    kept.Add((segment, File.ReadAllBytes(segment)));
                    store.Checkpoint();
                }
            }
        }

        foreach (var (path, bytes) in kept)
        {
            File.WriteAllBytes(path, bytes);
        }

        foreach (var snapshot in _dir.Snapshots())
        {
            File.Delete(snapshot);
        }

        var segments = _dir.Segments();
        Assert.Equal(3, segments.Length);
        return segments;
    }

    private static void Commit(DurableGraphStore store, string label)
    {
        using var tx = store.BeginWrite();
        tx.CreateNode([label], new Dictionary<string, object?>());
        tx.Commit();
    }
}

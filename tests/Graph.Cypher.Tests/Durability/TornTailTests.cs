using Graph.Cypher.Storage;
using Graph.Core.Errors;
using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Tests.Durability;

// Locks down damaged logs: a torn or corrupt last record is dropped; damage with good records after it is reported.
public sealed class TornTailTests : IDisposable
{
    private static readonly DurabilityOptions Manual = new() { BackgroundCheckpoints = false };
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void TruncatingTheLastRecordAtEveryByteKeepsExactlyTheRecordsBefore()
    {
        var (segment, before, whole) = WriteThreeTransactions();
        Assert.True(whole.Length - before > 20, "the last record should span many bytes");
        for (var cut = before; cut < whole.Length; cut++)
        {
            File.WriteAllBytes(segment, whole[..cut]);
            using (var store = DurableGraphStore.Open(_dir.Path, Manual))
            {
                Assert.Equal(2, store.Snapshot().NodeCount);
                Assert.Equal(before, new FileInfo(segment).Length);

                // The store accepts writes right after the cut, and they survive the next reopen.
                using var tx = store.BeginWrite();
                tx.CreateNode(["AfterCut"], new Dictionary<string, object?>());
                tx.Commit();
            }

            using (var store = DurableGraphStore.Open(_dir.Path, Manual))
            {
                Assert.Equal(["AfterCut", "T"], store.Snapshot().LabelsInUse());
                Assert.Equal(3, store.Snapshot().NodeCount);
            }
        }
    }

    [Fact]
    public void AFlippedBitInTheLastRecordDropsItAndTheStoreOpens()
    {
        var (segment, before, whole) = WriteThreeTransactions();
        for (var offset = before; offset < whole.Length; offset++)
        {
            var damaged = (byte[])whole.Clone();
            damaged[offset] ^= (byte)(1 << (offset % 8));
            File.WriteAllBytes(segment, damaged);
            using var store = DurableGraphStore.Open(_dir.Path, Manual);
            Assert.Equal(2, store.Snapshot().NodeCount);
            Assert.Equal(before, new FileInfo(segment).Length);
        }
    }

    [Fact]
    public void ADroppedLastRecordIsReportedWithItsFileOffsetAndSize()
    {
        var (segment, before, whole) = WriteThreeTransactions();
        File.WriteAllBytes(segment, whole[..^3]);
        var warnings = new List<Graph.Cypher.Storage.StorageWarning>();

        using (DurableGraphStore.Open(_dir.Path, Manual with { Warnings = warnings.Add }))
        {
        }

        var warning = Assert.Single(warnings);
        Assert.Equal((segment, before, whole.Length - 3 - before), (warning.File, warning.Offset, warning.Bytes));
        Assert.Contains(System.IO.Path.GetFileName(segment), warning.Message, StringComparison.Ordinal);
        Assert.Contains($"from byte {before}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DamageFollowedByGoodRecordsIsReportedNotSkipped()
    {
        var (segment, _, whole) = WriteThreeTransactions();
        var damaged = (byte[])whole.Clone();
        damaged[LogFormat.HeaderSize + LogFormat.RecordHeaderSize + 10] ^= 0x01; // inside the first record's payload
        File.WriteAllBytes(segment, damaged);

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
        Assert.Equal(DurabilityErrors.StorageDamageDetected, error.Code);
        Assert.Contains("record 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("record 2 follows", error.Message, StringComparison.Ordinal);
        Assert.Equal(whole.Length, new FileInfo(segment).Length); // nothing was cut off
    }

    [Fact]
    public void AMissingSegmentIsReported()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            using (var tx = store.BeginWrite())
            {
                tx.CreateNode(["T"], new Dictionary<string, object?>());
                tx.Commit();
            }

            store.Checkpoint();
            using (var tx = store.BeginWrite())
            {
                tx.CreateNode(["T"], new Dictionary<string, object?>());
                tx.Commit();
            }
        }

        foreach (var snapshot in _dir.Snapshots())
        {
            File.Delete(snapshot);
        }

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
        Assert.Equal(DurabilityErrors.StorageDamageDetected, error.Code);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GarbageInsteadOfASegmentHeaderIsReported()
    {
        var (segment, _, _) = WriteThreeTransactions();
        File.WriteAllBytes(segment, "not a log at all"u8.ToArray());
        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
        Assert.Equal(DurabilityErrors.StorageDamageDetected, error.Code);
    }

    /// <summary>Three one-node commits; returns the segment, its length before the third, and its bytes.</summary>
    private (string Segment, int Before, byte[] Whole) WriteThreeTransactions()
    {
        foreach (var file in Directory.GetFiles(_dir.Path))
        {
            File.Delete(file);
        }

        int before;
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            for (var i = 0; i < 2; i++)
            {
                using var tx = store.BeginWrite();
                tx.CreateNode(["T"], new Dictionary<string, object?> { ["i"] = (long)i });
                tx.Commit();
            }

            before = (int)new FileInfo(_dir.Segments().Single()).Length;
            using (var tx = store.BeginWrite())
            {
                tx.CreateNode(["T"], new Dictionary<string, object?> { ["i"] = 2L, ["text"] = "the last record" });
                tx.Commit();
            }
        }

        var segment = _dir.Segments().Single();
        return (segment, before, File.ReadAllBytes(segment));
    }
}

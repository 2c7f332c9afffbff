using Graph.Core.Errors;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Tests.Durability;

// Locks down a full disk under the write-ahead log: the commit is refused with the reason, the status
// says so, and once space returns the next commit is accepted without a reopen, the log left consistent.
public sealed class DiskFullTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();
    private readonly List<StorageWarning> _warnings = [];
    private FaultyLogFile? _file;

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void WritesAreRefusedWhileTheDiskIsFullAndAcceptedAgainWhenSpaceReturns()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Options()))
        {
            Create(store, "Before");
            _file!.DiskFull = true;

            var refused = Assert.Throws<GraphException>(() => Create(store, "Refused"));
            Assert.Contains("no space left on device", refused.Message, StringComparison.Ordinal);
            Assert.Throws<GraphException>(() => Create(store, "StillRefused"));
            Assert.Contains("no space left on device", store.Status.WriteFailure, StringComparison.Ordinal);
            Assert.Equal(["Before"], store.Snapshot().LabelsInUse());
            Assert.Contains(_warnings, w => w.Message.Contains("Could not write to the write-ahead log", StringComparison.Ordinal) && w.File == _file.Path);

            _file.DiskFull = false;
            Create(store, "After");

            Assert.Null(store.Status.WriteFailure);
            Assert.True(store.Status.IsHealthy);
            Assert.Equal(2, _file.FailedAppends);
        }

        _warnings.Clear();
        using var reopened = DurableGraphStore.Open(_dir.Path, Options());
        Assert.Equal(["After", "Before"], reopened.Snapshot().LabelsInUse());
        Assert.DoesNotContain(_warnings, w => w.Message.Contains("Dropped", StringComparison.Ordinal)); // no partial record was left behind
    }

    [Fact]
    public void ACheckpointAfterAFailedWriteLeavesNoDamagedRecordBehind()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Options()))
        {
            Create(store, "Before");
            _file!.DiskFull = true;
            Assert.Throws<GraphException>(() => Create(store, "Refused"));
            _file.DiskFull = false;
            store.Checkpoint(); // the failed segment is no longer the last one
            Create(store, "After");
        }

        using var reopened = DurableGraphStore.Open(_dir.Path, Options());
        Assert.Equal(["After", "Before"], reopened.Snapshot().LabelsInUse());
    }

    private DurabilityOptions Options() => new()
    {
        BackgroundCheckpoints = false,
        Warnings = _warnings.Add,
        LogFiles = file => _file = new FaultyLogFile(file),
    };

    private static void Create(DurableGraphStore store, string label)
    {
        using var tx = store.BeginWrite();
        tx.CreateNode([label], new Dictionary<string, object?> { ["text"] = "a record long enough to be cut in half" });
        tx.Commit();
    }
}

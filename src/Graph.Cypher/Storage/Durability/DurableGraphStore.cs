using Graph.Cypher.Storage;
namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// A <see cref="GraphStore"/> kept in a data directory. Each commit is appended to the write-ahead
/// log and fsynced before it becomes visible; when a log segment grows past
/// <see cref="DurabilityOptions.CheckpointBytes"/> a background checkpoint writes the committed state
/// as a snapshot, starts a new segment and deletes what the snapshot covers. Opening recovers from
/// the newest snapshot plus the log after it. A lock file keeps other processes out.
/// </summary>
internal sealed class DurableGraphStore : IGraphStore
{
    private readonly string _directory;
    private readonly DurabilityOptions _options;
    private readonly FileStream _lock;
    private readonly object _checkpointGate = new();
    private WriteAheadLog? _log;
    private Task _checkpoint = Task.CompletedTask;
    private bool _disposed;

    private DurableGraphStore(string directory, DurabilityOptions options, FileStream lockFile)
    {
        _directory = directory;
        _options = options;
        _lock = lockFile;
        Store = new GraphStore(OnCommit);
    }

    /// <summary>The in-memory store the engine reads and writes; its commits go through the log.</summary>
    public GraphStore Store { get; }

    /// <summary>The last background checkpoint's failure, if any (the log still holds everything).</summary>
    public Exception? CheckpointFailure { get; private set; }

    /// <summary>The last failed log write, until a write succeeds again (each commit retries the log; a failing one is refused).</summary>
    public Exception? WriteFailure => _log?.Failure;

    public StorageStatus Status => new(
        WriteFailure is { } write ? $"The last write to the write-ahead log failed ({FileErrors.Reason(write)}); each commit tries the log again and is refused while writing still fails." : null,
        CheckpointFailure is { } checkpoint ? $"The last checkpoint failed ({FileErrors.Reason(checkpoint)}); the log still holds every commit." : null);

    /// <summary>Opens (creating when missing) the data directory and recovers the committed state.</summary>
    public static DurableGraphStore Open(string directory, DurabilityOptions? options = null)
    {
        var full = Path.GetFullPath(directory);
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DurabilityErrors.Unwritable(full, e);
        }

        var lockFile = DataDirectory.Lock(full);
        var durable = new DurableGraphStore(full, options ?? DurabilityOptions.Default, lockFile);
        try
        {
            durable._log = Recovery.Run(full, durable.Store, durable._options);
            ReleaseLoadGarbage(durable.Store.CurrentState);
            return durable;
        }
        catch (Exception e)
        {
            durable.Store.Dispose();
            lockFile.Dispose();
            throw e switch
            {
                Core.Errors.GraphException => e,
                _ when FileErrors.RefusesWrites(e) => DurabilityErrors.Unwritable(full, e),
                IOException => DurabilityErrors.Unreadable(full, e),
                _ => e,
            };
        }
    }

    /// <summary>
    /// Reading a large snapshot leaves garbage several times the state (the file's bytes, decoded values,
    /// builders) in heap the GC keeps committed: measured at 1M entities, ~900 MB of RSS for a ~435 MB state.
    /// One aggressive collection right after opening gives it back (~490 MB); small stores skip it.
    /// </summary>
    private static void ReleaseLoadGarbage(StoreState state)
    {
        if (state.NodeCount + state.RelationshipCount >= LargeStore)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private const long LargeStore = 200_000;

    public IGraphView Snapshot() => Store.Snapshot();

    public IWriteTransaction BeginWrite(CancellationToken cancellationToken = default) => Store.BeginWrite(cancellationToken);

    /// <summary>
    /// Writes a snapshot of the committed state now and drops the log it covers. Waits for the
    /// writer lock only while it switches log segments; the snapshot itself is written outside it.
    /// </summary>
    public void Checkpoint()
    {
        lock (_checkpointGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            StoreState state;
            (long, long) nextIds;
            long lsn;
            using (Store.BeginWrite())
            {
                state = Store.CurrentState;
                nextIds = Store.NextIds;
                lsn = _log!.LastLsn;
                _log.Rotate();
            }

            WriteSnapshot(state, nextIds, lsn);
        }
    }

    /// <summary>
    /// Bulk-imports into the empty store (see <see cref="GraphStore.Import"/>). The import is not logged:
    /// its state is written as a snapshot, and synced, before anyone can see it.
    /// </summary>
    public void Import(Action<Import.BulkImporter> fill)
    {
        lock (_checkpointGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Store.BulkLoad(fill, (state, nextIds) =>
            {
                var lsn = _log!.LastLsn;
                _log.Rotate();
                WriteSnapshot(state, nextIds, lsn);
            });
        }
    }

    // Writes the snapshot, then drops the log segments and older snapshots it covers.
    private void WriteSnapshot(StoreState state, (long Node, long Relationship) nextIds, long lsn)
    {
        SnapshotWriter.Write(_directory, state, Store.Tokens, lsn, nextIds);
        foreach (var (segmentLsn, path) in DataDirectory.Segments(_directory))
        {
            if (segmentLsn <= lsn)
            {
                File.Delete(path);
            }
        }

        foreach (var (snapshotLsn, path) in DataDirectory.Snapshots(_directory))
        {
            if (snapshotLsn < lsn)
            {
                File.Delete(path);
            }
        }

        DataDirectory.SyncDirectory(_directory);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        WaitForCheckpoint();
        lock (_checkpointGate)
        {
            _disposed = true;
        }

        // Take the writer lock so no commit is half way through the log when it closes.
        Store.BeginWrite().Dispose();
        _log?.Dispose();
        Store.Dispose();
        _lock.Dispose();
    }

    /// <summary>Called by the store inside Commit, under the writer lock, before the commit is visible.</summary>
    private void OnCommit(ChangeSet changes)
    {
        var log = _log;
        if (log is null)
        {
            return; // recovery replay: these changes are already in the snapshot or log
        }

        log.Append(changes);
        if (_options.BackgroundCheckpoints && log.SegmentLength > _options.CheckpointBytes && _checkpoint.IsCompleted)
        {
            _checkpoint = Task.Run(RunBackgroundCheckpoint);
        }
    }

    private void RunBackgroundCheckpoint()
    {
        try
        {
            Checkpoint();
            CheckpointFailure = null;
        }
        catch (ObjectDisposedException)
        {
            // closed while the checkpoint was queued: the log still holds everything
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CheckpointFailure = e;
            _options.Warn(new StorageWarning($"A checkpoint of {_directory} failed ({FileErrors.Reason(e)}); the log still holds every commit.", _directory));
        }
    }

    private void WaitForCheckpoint()
    {
        try
        {
            _checkpoint.Wait();
        }
        catch (AggregateException)
        {
            // RunBackgroundCheckpoint records its own failures
        }
    }
}

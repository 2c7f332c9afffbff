using Graph.Cypher.Storage.Import;

namespace Graph.Cypher.Storage;

/// <summary>
/// The in-memory embedded graph store.
/// <para>
/// Concurrency design (copy-on-write versions): the whole graph at one commit is an immutable
/// <see cref="StoreState"/>. Records are structs stored by value in paged tables (Records/NodeSlot,
/// RelationshipSlot); a writer copies a page the first time it writes to it, so pages published by a
/// commit are never touched again. A slot refers to an interned label set and to a property block in
/// the store's append-only arena (both in <see cref="GraphTokens"/>): new versions append new blocks
/// and never overwrite old ones. Adjacency arrays are the one in-place structure: a writer
/// appends only to adjacency it copied during its current epoch (see <see cref="Records.Adjacency"/>); a
/// bulk-built state (a reopened snapshot, an import) packs all of it in one shared array
/// (<see cref="Records.PackedAdjacency"/>) that writers copy from node by node.
/// Label and type indexes are copy-on-write paged bitmaps (ids are dense); range and full-text indexes
/// are packed runs with small immutable overlays of later writes, shared between versions.
/// Measured (Release, load benchmark, 1M entities with 3 string properties and a uniqueness index,
/// 5M relationships): 160 bytes an entity (about 100 of them the range index), 66 a relationship.
/// </para>
/// <para>
/// Readers take the current state reference (one volatile read) and never block. Writers are
/// serialised by a semaphore. A savepoint freezes the writer's state (a new epoch, so later writes
/// copy again) and rolling back to it just restores that reference; commit freezes, hands the change
/// set to the commit listener (the future write-ahead log), then publishes the new state atomically.
/// Ids come from store-wide counters and are never reused, even after a rollback.
/// </para>
/// </summary>
internal sealed class GraphStore : IGraphStore
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Action<ChangeSet>? _onCommit;
    private StoreState _state = StoreState.Empty;
    private long _nextNodeId;
    private long _nextRelationshipId;
    private bool _disposed;

    // Set while an import re-creates the schema over its new state: that transaction's commit is
    // captured here instead of being published, and it does not own the writer lock it releases.
    private StoreState? _captured;
    private bool _capturing;

    /// <param name="onCommit">Called with each commit's change set before it becomes visible.</param>
    public GraphStore(Action<ChangeSet>? onCommit = null) => _onCommit = onCommit;

    internal GraphTokens Tokens { get; } = new();

    public IGraphView Snapshot() => new SnapshotView(Volatile.Read(ref _state), Tokens);

    public IWriteTransaction BeginWrite(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait(cancellationToken);
        return new WriteTransaction(this, Volatile.Read(ref _state));
    }

    public void Dispose()
    {
        _disposed = true;
        _writer.Dispose();
    }

    /// <summary>The last committed state (what a checkpoint writes).</summary>
    internal StoreState CurrentState => Volatile.Read(ref _state);

    /// <summary>The next ids to hand out; a checkpoint reads them under the writer lock.</summary>
    internal (long Node, long Relationship) NextIds => (Interlocked.Read(ref _nextNodeId), Interlocked.Read(ref _nextRelationshipId));

    /// <summary>Recovery only: the next create gets exactly these ids, so replay reproduces them.</summary>
    internal void SetNextIds(long node, long relationship)
    {
        Interlocked.Exchange(ref _nextNodeId, node);
        Interlocked.Exchange(ref _nextRelationshipId, relationship);
    }

    /// <summary>Recovery only, before the store is shared: installs a state loaded from a snapshot.</summary>
    internal void Restore(StoreState state) => Volatile.Write(ref _state, state);

    internal long NextNodeId() => Interlocked.Increment(ref _nextNodeId) - 1;

    internal long NextRelationshipId() => Interlocked.Increment(ref _nextRelationshipId) - 1;

    internal void Publish(StoreState state, ChangeSet changes)
    {
        if (_capturing)
        {
            _captured = state;
            return;
        }

        _onCommit?.Invoke(changes);
        Volatile.Write(ref _state, state);
    }

    internal void ReleaseWriter()
    {
        if (!_capturing)
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Bulk-loads an empty store: <paramref name="fill"/> adds records to an importer, then the store's
    /// schema is re-created over them (indexes built by one sort each, constraints checked) and the
    /// result replaces the empty state at once. A failure anywhere leaves the store unchanged. Bypasses
    /// the commit listener: the import is not a logged transaction.
    /// </summary>
    public void Import(Action<BulkImporter> fill) => BulkLoad(fill, null);

    /// <summary>
    /// The import, with <paramref name="beforePublish"/> run on the finished state under the writer lock
    /// before it becomes visible (a durable store writes its snapshot there).
    /// </summary>
    internal void BulkLoad(Action<BulkImporter> fill, Action<StoreState, (long Node, long Relationship)>? beforePublish)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait();
        try
        {
            var begin = CurrentState;
            if (begin.NodeCount != 0 || begin.RelationshipCount != 0)
            {
                throw ImportErrors.NotEmpty(begin.NodeCount, begin.RelationshipCount);
            }

            var (node, relationship) = NextIds;
            var importer = new BulkImporter(Tokens, node, relationship);
            fill(importer);
            var built = importer.Build() with { Version = begin.Version + 1 };
            var state = SchemaRebuilder.Rebuild(this, built, begin.Schema);
            beforePublish?.Invoke(state, importer.NextIds);
            SetNextIds(importer.NextIds.Node, importer.NextIds.Relationship);
            Volatile.Write(ref _state, state);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Runs a writer over <paramref name="state"/> whose commit is handed back, not published.</summary>
    internal StoreState Capture(StoreState state, Action<WriteTransaction> edit)
    {
        _capturing = true;
        _captured = null;
        try
        {
            using var tx = new WriteTransaction(this, state);
            edit(tx);
            tx.Commit();
            return _captured ?? throw new InvalidOperationException("The captured transaction did not commit.");
        }
        finally
        {
            _capturing = false;
            _captured = null;
        }
    }
}

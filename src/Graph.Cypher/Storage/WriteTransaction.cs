using Graph.Cypher.Storage.Counts;
using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage;

/// <summary>
/// The single writer: edits copy-on-write builders of the state it began from; reads see its own
/// changes. Uniqueness is enforced at each change; property existence at commit, as Neo4j does.
/// </summary>
internal sealed partial class WriteTransaction : GraphReader, IWriteTransaction
{
    private readonly GraphStore _store;
    private StoreState _begin;
    private readonly List<StoreChange> _changes = [];
    private readonly List<(StoreState State, int Changes)> _savepoints = [];
    private readonly HashSet<long> _touchedNodes = [];
    private readonly HashSet<long> _touchedRelationships = [];
    private RecordTableBuilder<NodeSlot> _nodes;
    private RecordTableBuilder<RelationshipSlot> _relationships;
    private TokenIndexBuilder _labelIndex;
    private TokenIndexBuilder _typeIndex;
    private RelationshipCountsBuilder _counts;
    private SchemaState _schema;
    private long _nodeCount;
    private long _relationshipCount;
    private PropertyArena _arena;
    private long _liveBlockBytes;
    private object _epoch = new();
    private readonly List<Adjacency> _ownedAdjacency = [];
    private bool _finished;
    private System.Collections.Concurrent.ConcurrentDictionary<string, RangeIndex>? _prebuilt;

    public WriteTransaction(GraphStore store, StoreState begin)
        : base(store.Tokens)
    {
        _store = store;
        _begin = begin;
        _nodes = new RecordTableBuilder<NodeSlot>(begin.Nodes);
        _relationships = new RecordTableBuilder<RelationshipSlot>(begin.Relationships);
        _labelIndex = new TokenIndexBuilder(begin.LabelIndex);
        _typeIndex = new TokenIndexBuilder(begin.TypeIndex);
        _counts = new RelationshipCountsBuilder(begin.Counts ?? RelationshipCounts.Of(begin.Nodes, begin.Relationships, store.Tokens.LabelSets));
        _schema = begin.Schema;
        _nodeCount = begin.NodeCount;
        _relationshipCount = begin.RelationshipCount;
        _arena = begin.Arena ?? new PropertyArena();
        _liveBlockBytes = begin.LiveBlockBytes;
    }

    public override long NodeCount => _nodeCount;

    public override long RelationshipCount => _relationshipCount;

    protected override IdSet? LabelSet(int token) => _labelIndex.Get(token);

    protected override IdSet? TypeSet(int token) => _typeIndex.Get(token);

    protected override long CountLabel(int token) => _labelIndex.Count(token);

    protected override IEnumerable<int> LabelTokensInUse() => _labelIndex.Freeze().Where(p => p.Value.Count > 0).Select(p => p.Key);

    protected override IEnumerable<int> TypeTokensInUse() => _typeIndex.Freeze().Where(p => p.Value.Count > 0).Select(p => p.Key);

    protected override SchemaState Schema => _schema;

    protected override RelationshipCounts Counts => _counts.ToImmutable();

    protected override int PropertyKeyCount => Tokens.Keys.Count;

    public override bool IsNodeDeleted(long id) => !_nodes.Get(id).Present && (_begin.Nodes.Get(id).Present || _touchedNodes.Contains(id));

    public override bool IsRelationshipDeleted(long id) =>
        !_relationships.Get(id).Present && (_begin.Relationships.Get(id).Present || _touchedRelationships.Contains(id));

    protected override PropertyArena Arena => _arena;

    public long CreateNode(IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        EnsureOpen();
        var distinct = labels.Distinct(StringComparer.Ordinal).ToArray();
        var labelTokens = Array.ConvertAll(distinct, Tokens.Labels.GetOrAdd);
        var props = ToProperties(properties, out var stored);
        var id = _store.NextNodeId();
        ApplyNode(id, default, new NodeSlot(Tokens.LabelSets.Intern(labelTokens), props, Adjacency.Empty));
        _nodeCount++;
        _changes.Add(new NodeCreated(id, distinct, stored));
        return id;
    }

    public long CreateRelationship(long start, long end, string type, IReadOnlyDictionary<string, object?> properties)
    {
        EnsureOpen();
        RequireNode(start);
        RequireNode(end);
        var props = ToProperties(properties, out var stored);
        var id = _store.NextRelationshipId();
        var token = Tokens.Types.GetOrAdd(type);
        ApplyRelationship(id, default, new RelationshipSlot(start, end, token, props));
        OwnAdjacency(start, outgoingRoom: 1).Add(outgoing: true, id, end, token);
        OwnAdjacency(end, incomingRoom: 1).Add(outgoing: false, id, start, token);
        _relationshipCount++;
        _changes.Add(new RelationshipCreated(id, start, end, type, stored));
        return id;
    }

    public void SetNodeProperty(long id, string key, object? value)
    {
        EnsureOpen();
        var record = RequireNode(id);
        var normalized = WriteSupport.NormalizeValue(value);
        var props = PropertyCodec.With(Arena, record.Properties, Tokens.Keys.GetOrAdd(key), normalized);
        if (props != record.Properties)
        {
            ApplyNode(id, record, record.WithProperties(props));
        }

        _changes.Add(new NodePropertySet(id, key, normalized));
    }

    public void SetRelationshipProperty(long id, string key, object? value)
    {
        EnsureOpen();
        var record = RequireRelationship(id);
        var normalized = WriteSupport.NormalizeValue(value);
        var props = PropertyCodec.With(Arena, record.Properties, Tokens.Keys.GetOrAdd(key), normalized);
        if (props != record.Properties)
        {
            ApplyRelationship(id, record, record.WithProperties(props));
        }

        _changes.Add(new RelationshipPropertySet(id, key, normalized));
    }

    public bool AddLabel(long id, string label)
    {
        EnsureOpen();
        var record = RequireNode(id);
        var token = Tokens.Labels.GetOrAdd(label);
        if (Tokens.LabelSets.Contains(record.LabelSet, token))
        {
            return false;
        }

        ApplyNode(id, record, record.WithLabelSet(Tokens.LabelSets.Intern([.. Tokens.LabelSets.Labels(record.LabelSet), token])));
        _changes.Add(new LabelAdded(id, label));
        return true;
    }

    public bool RemoveLabel(long id, string label)
    {
        EnsureOpen();
        var record = RequireNode(id);
        if (Tokens.Labels.Find(label) is not { } token || !Tokens.LabelSets.Contains(record.LabelSet, token))
        {
            return false;
        }

        var remaining = Array.FindAll(Tokens.LabelSets.Labels(record.LabelSet), l => l != token);
        ApplyNode(id, record, record.WithLabelSet(Tokens.LabelSets.Intern(remaining)));
        _changes.Add(new LabelRemoved(id, label));
        return true;
    }

    /// <summary>Deleting an entity this transaction already deleted is a no-op, as in Neo4j.</summary>
    public void DeleteNode(long id)
    {
        EnsureOpen();
        if (IsNodeDeleted(id))
        {
            return;
        }

        var record = RequireNode(id);
        if (record.Adjacency.Count > 0)
        {
            throw StorageErrors.NodeStillHasRelationships(id);
        }

        ApplyNode(id, record, default);
        _nodeCount--;
        _changes.Add(new NodeDeleted(id));
    }

    public void DeleteRelationship(long id)
    {
        EnsureOpen();
        if (IsRelationshipDeleted(id))
        {
            return;
        }

        var record = RequireRelationship(id);
        OwnAdjacency(record.Start).Remove(outgoing: true, id);
        OwnAdjacency(record.End).Remove(outgoing: false, id);
        ApplyRelationship(id, record, default);
        _relationshipCount--;
        _changes.Add(new RelationshipDeleted(id));
    }

    public int Savepoint()
    {
        EnsureOpen();
        _savepoints.Add((Freeze(_begin.Version), _changes.Count));
        return _savepoints.Count - 1;
    }

    public void RollbackTo(int savepoint)
    {
        EnsureOpen();
        if (savepoint < 0 || savepoint >= _savepoints.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(savepoint), "Unknown savepoint.");
        }

        var (state, changes) = _savepoints[savepoint];
        _savepoints.RemoveRange(savepoint + 1, _savepoints.Count - savepoint - 1);
        _changes.RemoveRange(changes, _changes.Count - changes);
        Restore(state);
    }

    public void Commit()
    {
        EnsureOpen();
        try
        {
            CheckExistenceConstraints();
            CompactIfWorthIt();
            var state = Freeze(_begin.Version + 1);
            _store.Publish(state, new ChangeSet(state.Version, _changes.ToArray()));
        }
        finally
        {
            Finish();
        }
    }

    public long CommitAndContinue()
    {
        EnsureOpen();
        CheckExistenceConstraints();
        // No compaction here: the statement still running may hold property blocks of the current arena.
        var state = Freeze(_begin.Version + 1);
        _store.Publish(state, new ChangeSet(state.Version, _changes.ToArray()));
        _begin = state;
        _changes.Clear();
        _savepoints.Clear();
        return state.Version;
    }

    public void Rollback()
    {
        if (!_finished)
        {
            Finish();
        }
    }

    public void Dispose() => Rollback();

    protected override NodeSlot Node(long id) => _nodes.Get(id);

    protected override RelationshipSlot Relationship(long id) => _relationships.Get(id);

    // A frozen table, so callers may delete or create while they iterate.
    protected override IEnumerable<long> NodeIds() => _nodes.Freeze().Ids();

    protected override IEnumerable<long> RelationshipIds() => _relationships.Freeze().Ids();

    private long ToProperties(IReadOnlyDictionary<string, object?> properties, out Dictionary<string, object?> stored)
    {
        var result = new List<Property>(properties.Count);
        stored = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (WriteSupport.NormalizeValue(value) is { } normalized)
            {
                result.Add(new Property(Tokens.Keys.GetOrAdd(key), normalized));
                stored[key] = normalized;
            }
        }

        return PropertyCodec.Write(Arena, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result));
    }

    /// <summary>The node's adjacency, copied first (with room for the entries about to be added) unless this epoch already did.</summary>
    private Adjacency OwnAdjacency(long nodeId, int outgoingRoom = 0, int incomingRoom = 0)
    {
        var record = _nodes.Get(nodeId);
        if (ReferenceEquals(record.Adjacency.Owner, _epoch))
        {
            return record.Adjacency;
        }

        var adjacency = record.Adjacency.CopyFor(_epoch, outgoingRoom, incomingRoom);
        _nodes.Set(nodeId, record.WithAdjacency(adjacency));
        _ownedAdjacency.Add(adjacency);
        return adjacency;
    }

    /// <summary>Publishes the builders as an immutable state and starts a new epoch.</summary>
    private StoreState Freeze(long version)
    {
        // Published adjacency is never appended to again (the next epoch copies it), so spare room would only cost memory.
        foreach (var adjacency in _ownedAdjacency)
        {
            adjacency.TrimExcess();
        }

        _ownedAdjacency.Clear();
        _epoch = new object();
        return new StoreState(version, _nodes.Freeze(), _relationships.Freeze(), _nodeCount, _relationshipCount, _labelIndex.Freeze(), _typeIndex.Freeze(), _schema, Tokens.Keys.Count, _arena, _liveBlockBytes, _counts.ToImmutable());
    }

    private void Restore(StoreState state)
    {
        _ownedAdjacency.Clear();
        _epoch = new object();
        _nodes = new RecordTableBuilder<NodeSlot>(state.Nodes);
        _relationships = new RecordTableBuilder<RelationshipSlot>(state.Relationships);
        _labelIndex = new TokenIndexBuilder(state.LabelIndex);
        _typeIndex = new TokenIndexBuilder(state.TypeIndex);
        _counts = new RelationshipCountsBuilder(state.Counts!);
        _schema = state.Schema;
        _nodeCount = state.NodeCount;
        _relationshipCount = state.RelationshipCount;
        _arena = state.Arena ?? _arena;
        _liveBlockBytes = state.LiveBlockBytes;
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_finished, this);

    private void Finish()
    {
        _finished = true;
        _store.ReleaseWriter();
    }
}

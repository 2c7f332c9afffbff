using Graph.Cypher.Storage.Counts;
using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Builds the records of a snapshot straight into a <see cref="StoreState"/>: no per-entity
/// transaction bookkeeping, which is what makes reopening a million-node store take seconds.
/// Schema rules are added afterwards through the writer, which fills their indexes from the data.
/// Properties are encoded straight into the built state's own arena; labels are interned in the
/// store's <paramref name="tokens"/>, so the store must not have a writer running while this builds.
/// </summary>
/// <param name="tokens">The store's tokens.</param>
/// <param name="deferAdjacency">
/// Build each node's relationship lists once in <see cref="Build"/>, sized exactly (recovery and bulk
/// import), instead of growing them as relationships arrive (entries are then in the same order, with
/// spare capacity left by doubling).
/// </param>
internal sealed class SnapshotStateBuilder(GraphTokens tokens, bool deferAdjacency = true)
{
    // Adjacency built here is owned by this object, never by a writer, so the first writer copies it.
    private readonly object _epoch = new();
    private readonly RecordTableBuilder<NodeSlot> _nodes = new(RecordTable<NodeSlot>.Empty);
    private readonly RecordTableBuilder<RelationshipSlot> _relationships = new(RecordTable<RelationshipSlot>.Empty);
    private readonly TokenIndexBuilder _labels = new(StoreState.Empty.LabelIndex);
    private readonly TokenIndexBuilder _types = new(StoreState.Empty.TypeIndex);
    private readonly PropertyArena _arena = new();
    private long _nodeCount;
    private long _relationshipCount;
    private int[]? _lastLabels;
    private int _lastLabelSet;
    private ulong[] _present = new ulong[16];
    private long _lastNode = -1;
    private long _lastRelationship = -1;
    private long _adjacencyBuiltFor;

    public void AddNode(long id, int[] labels, Property[] properties)
    {
        CheckKeys(properties);
        PlaceNode(id, labels, PropertyCodec.Write(_arena, properties));
    }

    /// <summary>
    /// Bulk import: a node whose property block was already encoded (<see cref="PropertyBlockWriter"/>)
    /// with this store's key tokens; the bytes are copied as they are.
    /// </summary>
    public void AddEncodedNode(long id, int[] labels, ReadOnlySpan<byte> encodedProperties) =>
        PlaceNode(id, labels, Place(encodedProperties));

    private void PlaceNode(long id, int[] labels, long block)
    {
        if (id < 0 || _nodes.Get(id).Present)
        {
            throw new InvalidDataException($"Node id {id} is invalid or repeated.");
        }

        // Rows of one import group share one labels array: intern it once.
        if (!ReferenceEquals(labels, _lastLabels))
        {
            CheckTokens(labels, tokens.Labels);
            _lastLabelSet = tokens.LabelSets.Intern(labels);
            _lastLabels = labels;
        }

        _nodes.Set(id, new NodeSlot(_lastLabelSet, block, Adjacency.Empty));
        if ((id >> 6) >= _present.Length)
        {
            Array.Resize(ref _present, (int)Math.Max((id >> 6) + 1, _present.Length * 2L));
        }

        _present[id >> 6] |= 1UL << (int)(id & 63);
        _lastNode = Math.Max(_lastNode, id);
        foreach (var label in labels)
        {
            _labels.Set(label, id, present: true);
        }

        _nodeCount++;
    }

    private long Place(ReadOnlySpan<byte> encoded) =>
        encoded.Length == 1 && encoded[0] == 0 ? PropertyArena.EmptyBlock : _arena.Append(encoded);

    public void AddRelationship(long id, long start, long end, int type, Property[] properties)
    {
        if (id < 0 || _relationships.Get(id).Present)
        {
            throw new InvalidDataException($"Relationship id {id} is invalid or repeated.");
        }

        if ((uint)type >= (uint)tokens.Types.Count)
        {
            throw new InvalidDataException($"Unknown token {type}.");
        }

        CheckKeys(properties);
        RequireNode(start);
        RequireNode(end);
        _relationships.Set(id, new RelationshipSlot(start, end, type, PropertyCodec.Write(_arena, properties)));
        _types.Set(type, id, present: true);
        _relationshipCount++;
        _lastRelationship = Math.Max(_lastRelationship, id);
        if (!deferAdjacency)
        {
            OwnAdjacency(start).Add(outgoing: true, id, end, type);
            OwnAdjacency(end).Add(outgoing: false, id, start, type);
            _adjacencyBuiltFor = _relationshipCount;
        }
    }

    /// <summary>The state; adjacency is built here, once, for every relationship added.</summary>
    public StoreState Build()
    {
        BuildAdjacency();
        var nodes = _nodes.Freeze();
        var relationships = _relationships.Freeze();
        return new(0, nodes, relationships, _nodeCount, _relationshipCount, _labels.Freeze(), _types.Freeze(), SchemaState.Initial, tokens.Keys.Count, _arena, _arena.Size,
            RelationshipCounts.Of(nodes, relationships, tokens.LabelSets));
    }

    // Relationships only record their slot as they come; here every node's lists are packed into one shared
    // array (PackedAdjacency), or, past what one array holds, sized exactly per node from counted degrees and
    // filled in id order (the order incremental appends give), outgoing and incoming lists on two threads:
    // they are different fields, and the scattered writes dominate.
    private void BuildAdjacency()
    {
        if (_relationshipCount == _adjacencyBuiltFor)
        {
            return;
        }

        if (_adjacencyBuiltFor > 0 || !deferAdjacency)
        {
            throw new InvalidOperationException("Relationships were added after the state was built.");
        }

        var nodes = _lastNode + 1;
        if (PackedAdjacency.Fits(nodes, _lastRelationship + 1))
        {
            Pack((int)nodes);
            _adjacencyBuiltFor = _relationshipCount;
            return;
        }

        var outDegree = new int[nodes];
        var inDegree = new int[nodes];
        ForEachRelationship((_, slot) =>
        {
            outDegree[slot.Start]++;
            inDegree[slot.End]++;
        });

        var lists = new Adjacency?[nodes];
        for (var node = 0L; node < nodes; node++)
        {
            if (outDegree[node] + inDegree[node] > 0)
            {
                var adjacency = Adjacency.WithCapacity(outDegree[node], inDegree[node], _epoch);
                lists[node] = adjacency;
                _nodes.Set(node, _nodes.Get(node).WithAdjacency(adjacency));
            }
        }

        Parallel.Invoke(
            () => ForEachRelationship((id, slot) => lists[slot.Start]!.Add(outgoing: true, id, slot.End, slot.Type)),
            () => ForEachRelationship((id, slot) => lists[slot.End]!.Add(outgoing: false, id, slot.Start, slot.Type)));
        _adjacencyBuiltFor = _relationshipCount;
    }

    private void Pack(int nodes)
    {
        var packed = PackedAdjacency.Build(nodes, checked((int)_relationshipCount), id =>
        {
            var slot = _relationships.Get(id);
            return slot.Present ? ((int)slot.Start, (int)slot.End, slot.Type) : (0, 0, -1);
        }, (int)(_lastRelationship + 1));
        for (var node = 0; node < nodes; node++)
        {
            var slot = _nodes.Get(node);
            if (slot.Present)
            {
                _nodes.Set(node, new NodeSlot(slot.LabelSet, slot.Properties, packed, node));
            }
        }
    }

    private void ForEachRelationship(Action<long, RelationshipSlot> visit)
    {
        for (var id = 0L; id <= _lastRelationship; id++)
        {
            var slot = _relationships.Get(id);
            if (slot.Present)
            {
                visit(id, slot);
            }
        }
    }

    private Adjacency OwnAdjacency(long nodeId)
    {
        var node = _nodes.Get(nodeId);
        if (ReferenceEquals(node.Adjacency.Owner, _epoch))
        {
            return node.Adjacency;
        }

        var adjacency = node.Adjacency.CopyFor(_epoch);
        _nodes.Set(nodeId, node.WithAdjacency(adjacency));
        return adjacency;
    }

    // A bitmap of added nodes (128 KB a million) answers this without touching the scattered node slots.
    private void RequireNode(long nodeId)
    {
        if (nodeId < 0 || (nodeId >> 6) >= _present.Length || (_present[nodeId >> 6] & (1UL << (int)(nodeId & 63))) == 0)
        {
            throw new InvalidDataException($"Relationship refers to missing node {nodeId}.");
        }
    }

    private void CheckKeys(Property[] properties)
    {
        foreach (var property in properties)
        {
            if ((uint)property.Key >= (uint)tokens.Keys.Count)
            {
                throw new InvalidDataException($"Unknown property key token {property.Key}.");
            }
        }
    }

    private static void CheckTokens(int[] ids, TokenTable table)
    {
        foreach (var id in ids)
        {
            if ((uint)id >= (uint)table.Count)
            {
                throw new InvalidDataException($"Unknown token {id}.");
            }
        }
    }
}

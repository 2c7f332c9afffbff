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
internal sealed class SnapshotStateBuilder(GraphTokens tokens)
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
        var startNode = RequireNode(start);
        var endNode = RequireNode(end);
        _relationships.Set(id, new RelationshipSlot(start, end, type, PropertyCodec.Write(_arena, properties)));
        OwnAdjacency(start, startNode).Add(outgoing: true, id);
        OwnAdjacency(end, start == end ? _nodes.Get(end) : endNode).Add(outgoing: false, id);
        _types.Set(type, id, present: true);
        _relationshipCount++;
    }

    public StoreState Build() => new(
        0, _nodes.Freeze(), _relationships.Freeze(), _nodeCount, _relationshipCount, _labels.Freeze(), _types.Freeze(), SchemaState.Initial, tokens.Keys.Count, _arena, _arena.Size);

    private NodeSlot RequireNode(long nodeId)
    {
        var node = _nodes.Get(nodeId);
        return node.Present ? node : throw new InvalidDataException($"Relationship refers to missing node {nodeId}.");
    }

    private Adjacency OwnAdjacency(long nodeId, NodeSlot node)
    {
        if (ReferenceEquals(node.Adjacency.Owner, _epoch))
        {
            return node.Adjacency;
        }

        var adjacency = node.Adjacency.CopyFor(_epoch);
        _nodes.Set(nodeId, node.WithAdjacency(adjacency));
        return adjacency;
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

namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A node version stored by value (24 bytes): interned label set, property block in the store's
/// <see cref="PropertyArena"/>, and the adjacency: either the node's own <see cref="Records.Adjacency"/>,
/// shared between versions until a writer copies it, or its row of a bulk-built
/// <see cref="PackedAdjacency"/> (the row number fills what would be padding). default(NodeSlot) is "no node".
/// </summary>
internal readonly struct NodeSlot : IRecordSlot
{
    // Label set id + 1, so that a zeroed slot reads as absent.
    private readonly int _labelSetPlusOne;

    // The node's row in _adjacency when that is a PackedAdjacency.
    private readonly int _packedRow;

    // An Adjacency, a PackedAdjacency, or null (no relationships).
    private readonly object? _adjacency;

    public NodeSlot(int labelSet, long properties, Adjacency adjacency)
        : this(labelSet, properties, adjacency, 0)
    {
    }

    /// <summary>A node whose relationships are row <paramref name="row"/> of a packed adjacency.</summary>
    public NodeSlot(int labelSet, long properties, PackedAdjacency packed, int row)
        : this(labelSet, properties, (object)packed, row)
    {
    }

    private NodeSlot(int labelSet, long properties, object? adjacency, int row)
    {
        _labelSetPlusOne = labelSet + 1;
        Properties = properties;
        _adjacency = adjacency;
        _packedRow = row;
    }

    public bool Present => _labelSetPlusOne != 0;

    public int LabelSet => _labelSetPlusOne - 1;

    public long Properties { get; }

    /// <summary>The node's relationships; for a packed row a fresh read-only view each time.</summary>
    public Adjacency Adjacency => _adjacency switch
    {
        Adjacency own => own,
        PackedAdjacency packed => packed.For(_packedRow),
        _ => Adjacency.Empty,
    };

    public NodeSlot WithLabelSet(int labelSet) => new(labelSet, Properties, _adjacency, _packedRow);

    public NodeSlot WithProperties(long properties) => new(LabelSet, properties, _adjacency, _packedRow);

    public NodeSlot WithAdjacency(Adjacency adjacency) => new(LabelSet, Properties, adjacency, 0);
}

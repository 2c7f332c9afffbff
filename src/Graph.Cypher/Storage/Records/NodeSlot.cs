namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A node version stored by value (24 bytes): interned label set, property block in the store's
/// <see cref="PropertyArena"/>, and the adjacency, shared between versions until a writer copies it
/// (see <see cref="Records.Adjacency"/>). default(NodeSlot) is "no node".
/// </summary>
internal readonly struct NodeSlot : IRecordSlot
{
    // Label set id + 1, so that a zeroed slot reads as absent.
    private readonly int _labelSetPlusOne;
    private readonly Adjacency? _adjacency;

    public NodeSlot(int labelSet, long properties, Adjacency adjacency)
    {
        _labelSetPlusOne = labelSet + 1;
        Properties = properties;
        _adjacency = adjacency;
    }

    public bool Present => _labelSetPlusOne != 0;

    public int LabelSet => _labelSetPlusOne - 1;

    public long Properties { get; }

    public Adjacency Adjacency => _adjacency ?? Adjacency.Empty;

    public NodeSlot WithLabelSet(int labelSet) => new(labelSet, Properties, Adjacency);

    public NodeSlot WithProperties(long properties) => new(LabelSet, properties, Adjacency);

    public NodeSlot WithAdjacency(Adjacency adjacency) => new(LabelSet, Properties, adjacency);
}

namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A node version: label tokens and properties are immutable arrays (replaced on change); the
/// adjacency is shared between versions until a writer copies it (see <see cref="Adjacency"/>).
/// </summary>
internal sealed class NodeRecord(int[] labels, Property[] properties, Adjacency adjacency)
{
    public int[] Labels { get; } = labels;

    public Property[] Properties { get; } = properties;

    public Adjacency Adjacency { get; } = adjacency;

    public bool HasLabel(int token) => Array.IndexOf(Labels, token) >= 0;

    public NodeRecord WithLabels(int[] labels) => new(labels, Properties, Adjacency);

    public NodeRecord WithProperties(Property[] properties) => new(Labels, properties, Adjacency);

    public NodeRecord WithAdjacency(Adjacency adjacency) => new(Labels, Properties, adjacency);
}

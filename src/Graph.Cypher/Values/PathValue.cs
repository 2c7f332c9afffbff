namespace Graph.Cypher.Values;

/// <summary>A path inside the engine: Nodes[0], Relationships[0], Nodes[1], ….</summary>
internal sealed class PathValue : IEquatable<PathValue>
{
    public PathValue(IReadOnlyList<NodeRef> nodes, IReadOnlyList<RelRef> relationships)
    {
        if (nodes.Count != relationships.Count + 1) throw new ArgumentException("A path has one more node than relationships.", nameof(nodes));
        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<NodeRef> Nodes { get; }

    public IReadOnlyList<RelRef> Relationships { get; }

    public int Length => Relationships.Count;

    public bool Equals(PathValue? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override bool Equals(object? obj) => Equals(obj as PathValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var n in Nodes) hash.Add(n.Id);
        foreach (var r in Relationships) hash.Add(r.Id);
        return hash.ToHashCode();
    }
}

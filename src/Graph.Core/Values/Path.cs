namespace Graph.Core.Values;

/// <summary>A path: nodes[0], rels[0], nodes[1], … with one more node than relationships.</summary>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public int Length => Relationships.Count;

    public bool Equals(Path? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var n in Nodes) hash.Add(n);
        foreach (var r in Relationships) hash.Add(r);
        return hash.ToHashCode();
    }
}

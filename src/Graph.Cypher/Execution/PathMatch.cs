using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>A row produced by walking a part, with the nodes and relationships walked (for named paths).</summary>
internal sealed record PathMatch(Row Row, IReadOnlyList<long> Nodes, IReadOnlyList<long> Relationships)
{
    public PathValue Path(bool reversed)
    {
        var nodes = Nodes.Select(n => new NodeRef(n));
        var rels = Relationships.Select(r => new RelRef(r));
        return reversed ? new PathValue(nodes.Reverse().ToList(), rels.Reverse().ToList()) : new PathValue(nodes.ToList(), rels.ToList());
    }
}

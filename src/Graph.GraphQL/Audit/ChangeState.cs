using Graph.GraphQL.Curation;

namespace Graph.GraphQL.Audit;

/// <summary>
/// What the nodes and relationships a change touches hold at one moment (absent: does not exist). The audit record
/// stores it as JSON; the subscription events are the differences between the state before and after.
/// </summary>
internal sealed record ChangeState(
    IReadOnlyDictionary<NodeRef, IReadOnlyDictionary<string, object?>> Nodes,
    IReadOnlyDictionary<EdgeRef, IReadOnlyDictionary<string, object?>> Relationships)
{
    /// <summary>The audit record's shape: <c>{nodes: {"Label:id": {…}}, relationships: {"(A:a)-[:T]->(B:b)": {…}}}</c>, keys sorted.</summary>
    public SortedDictionary<string, object?> ToAudit()
    {
        var nodes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (node, properties) in Nodes) nodes[node.ToString()] = properties;
        var relationships = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (edge, properties) in Relationships) relationships[edge.ToString()] = properties;
        return new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["nodes"] = nodes, ["relationships"] = relationships };
    }
}

namespace Graph.BenchData.Model;

/// <summary>
/// A property graph held in memory in insertion order, the shape both the Cypher writer and the JSON
/// writer read. Property values are string, long, double, bool, string lists or <see cref="Graph.Core.Values.CypherDate"/>.
/// </summary>
internal sealed class GraphData
{
    public List<GraphNode> Nodes { get; } = [];

    public List<GraphRelationship> Relationships { get; } = [];

    public GraphNode AddNode(string label, string id, string name)
    {
        var node = new GraphNode(Nodes.Count, label, new Dictionary<string, object?> { ["id"] = id, ["name"] = name });
        Nodes.Add(node);
        return node;
    }

    public GraphRelationship Relate(GraphNode from, string type, GraphNode to)
    {
        var relationship = new GraphRelationship(type, from, to, []);
        Relationships.Add(relationship);
        return relationship;
    }
}

/// <summary>A node with one label; <see cref="Index"/> is its position in <see cref="GraphData.Nodes"/>.</summary>
internal sealed record GraphNode(int Index, string Label, Dictionary<string, object?> Properties)
{
    public string Id => (string)Properties["id"]!;
}

internal sealed record GraphRelationship(string Type, GraphNode From, GraphNode To, Dictionary<string, object?> Properties);

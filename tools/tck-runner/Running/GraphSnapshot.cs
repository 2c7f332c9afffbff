using Graph.Core.Store;
using Graph.Core.Values;
using Graph.TckRunner.Values;

namespace Graph.TckRunner.Running;

/// <summary>
/// The state the TCK's side effects are counted on: node and relationship identities, the set of label names in
/// use and every (entity, key, value) property. Side effects are the differences between two snapshots.
/// </summary>
internal sealed class GraphSnapshot
{
    private GraphSnapshot(HashSet<string> nodes, HashSet<string> relationships, HashSet<string> labels, HashSet<string> properties)
    {
        Nodes = nodes;
        Relationships = relationships;
        Labels = labels;
        Properties = properties;
    }

    private HashSet<string> Nodes { get; }

    private HashSet<string> Relationships { get; }

    private HashSet<string> Labels { get; }

    private HashSet<string> Properties { get; }

    public static async Task<GraphSnapshot> TakeAsync(IGraphDatabase database)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in (await database.RunAsync("MATCH (n) RETURN n", mode: AccessMode.Read)).Records)
        {
            var node = (Node)record[0]!;
            nodes.Add(node.ElementId);
            labels.UnionWith(node.Labels);
            foreach (var (key, value) in node.Properties) properties.Add($"{node.ElementId}|{key}|{CanonicalText.Of(value)}");
        }
        foreach (var record in (await database.RunAsync("MATCH ()-[r]->() RETURN r", mode: AccessMode.Read)).Records)
        {
            var rel = (Relationship)record[0]!;
            relationships.Add(rel.ElementId);
            foreach (var (key, value) in rel.Properties) properties.Add($"{rel.ElementId}|{key}|{CanonicalText.Of(value)}");
        }
        return new GraphSnapshot(nodes, relationships, labels, properties);
    }

    /// <summary>The side effects from <paramref name="before"/> to <paramref name="after"/>, keyed as the TCK names them.</summary>
    public static IReadOnlyDictionary<string, int> Difference(GraphSnapshot before, GraphSnapshot after) => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["+nodes"] = after.Nodes.Except(before.Nodes).Count(),
        ["-nodes"] = before.Nodes.Except(after.Nodes).Count(),
        ["+relationships"] = after.Relationships.Except(before.Relationships).Count(),
        ["-relationships"] = before.Relationships.Except(after.Relationships).Count(),
        ["+labels"] = after.Labels.Except(before.Labels).Count(),
        ["-labels"] = before.Labels.Except(after.Labels).Count(),
        ["+properties"] = after.Properties.Except(before.Properties).Count(),
        ["-properties"] = before.Properties.Except(after.Properties).Count(),
    };
}

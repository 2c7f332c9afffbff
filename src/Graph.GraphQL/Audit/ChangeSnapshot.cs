using Graph.GraphQL.Curation;

namespace Graph.GraphQL.Audit;

/// <summary>
/// What the nodes and relationships a change touches hold at one moment, read in the change's transaction:
/// <c>{nodes: {"Label:id": {…}}, relationships: {"(A:a)-[:T]->(B:b)": {…}}}</c>. Absent means it does not exist.
/// Deleted nodes bring every relationship they had, since a delete removes those too.
/// </summary>
internal static class ChangeSnapshot
{
    public static async Task<SortedDictionary<string, object?>> ReadAsync(GraphReader reader, CurationPlan plan)
    {
        var nodes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var touched = plan.Touched().Select(t => t.Split(':', 2)).GroupBy(p => p[0], p => p[1]);
        foreach (var label in touched)
        {
            foreach (var (id, properties) in await reader.PropertiesAsync(label.Key, label))
            {
                nodes[$"{label.Key}:{id}"] = properties;
            }
        }
        var relationships = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (edge, properties) in await reader.EdgePropertiesAsync(plan.Edges()))
        {
            relationships[edge.ToString()] = properties;
        }
        foreach (var label in plan.NodeDeletes.GroupBy(n => n.Label))
        {
            foreach (var (edge, properties) in await reader.AllEdgesAsync(label.Key, label.Select(n => n.Id)))
            {
                relationships[edge.ToString()] = properties;
            }
        }
        return new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["nodes"] = nodes, ["relationships"] = relationships };
    }
}

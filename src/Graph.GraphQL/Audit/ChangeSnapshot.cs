using Graph.GraphQL.Curation;

namespace Graph.GraphQL.Audit;

/// <summary>
/// Reads the <see cref="ChangeState"/> of what a change touches, in the change's transaction: the touched nodes, the
/// relationships the plan creates, changes or removes, and every relationship of a deleted node, since a delete
/// removes those too.
/// </summary>
internal static class ChangeSnapshot
{
    public static async Task<ChangeState> ReadAsync(GraphReader reader, CurationPlan plan)
    {
        var nodes = new Dictionary<NodeRef, IReadOnlyDictionary<string, object?>>();
        var touched = plan.Touched().Select(t => t.Split(':', 2)).GroupBy(p => p[0], p => p[1]);
        foreach (var label in touched)
        {
            foreach (var (id, properties) in await reader.PropertiesAsync(label.Key, label))
            {
                nodes[new NodeRef(label.Key, id)] = properties;
            }
        }
        var relationships = new Dictionary<EdgeRef, IReadOnlyDictionary<string, object?>>();
        foreach (var (edge, properties) in await reader.EdgePropertiesAsync(plan.Edges()))
        {
            relationships[edge] = properties;
        }
        foreach (var label in plan.NodeDeletes.GroupBy(n => n.Label))
        {
            foreach (var (edge, properties) in await reader.AllEdgesAsync(label.Key, label.Select(n => n.Id)))
            {
                relationships[edge] = properties;
            }
        }
        return new ChangeState(nodes, relationships);
    }
}

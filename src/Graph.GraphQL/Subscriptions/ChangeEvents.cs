using Graph.Core.Model;
using Graph.GraphQL.Audit;
using Graph.GraphQL.Curation;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// The events of one mutation field, from the states before and after it (read in its transaction): nodes created,
/// nodes whose properties changed, relationships created, relationships deleted, nodes deleted — in that order, each
/// group sorted by id so the same change always gives the same events. A relationship's edge properties changing is
/// no event (the library has none either); a node's relationships are not part of its update event.
/// </summary>
internal static class ChangeEvents
{
    public static async Task<List<GraphEvent>> BuildAsync(KnowledgeModel model, GraphReader reader, ChangeState before, ChangeState after, long sequence)
    {
        var events = new List<GraphEvent>();
        var nodes = before.Nodes.Keys.Union(after.Nodes.Keys).OrderBy(n => n.ToString(), StringComparer.Ordinal).ToList();
        foreach (var node in nodes.Where(n => !before.Nodes.ContainsKey(n)))
        {
            events.Add(new NodeEvent(GraphEventKind.Create, sequence, 0, node.Label, null, after.Nodes[node]));
        }
        foreach (var node in nodes.Where(n => before.Nodes.ContainsKey(n) && after.Nodes.ContainsKey(n) && !Same(before.Nodes[n], after.Nodes[n])))
        {
            events.Add(new NodeEvent(GraphEventKind.Update, sequence, 0, node.Label, before.Nodes[node], after.Nodes[node]));
        }

        var created = after.Relationships.Keys.Where(e => !before.Relationships.ContainsKey(e)).OrderBy(e => e.ToString(), StringComparer.Ordinal).ToList();
        var deleted = before.Relationships.Keys.Where(e => !after.Relationships.ContainsKey(e)).OrderBy(e => e.ToString(), StringComparer.Ordinal).ToList();
        // A cascade removes relationships to nodes the change does not otherwise touch; their properties are read here.
        var known = new Dictionary<NodeRef, IReadOnlyDictionary<string, object?>>(before.Nodes);
        foreach (var (node, properties) in after.Nodes) known[node] = properties;
        foreach (var label in created.Concat(deleted).SelectMany(e => new[] { e.From, e.To }).Where(n => !known.ContainsKey(n)).Distinct().GroupBy(n => n.Label))
        {
            foreach (var (id, properties) in await reader.PropertiesAsync(label.Key, label.Select(n => n.Id))) known[new NodeRef(label.Key, id)] = properties;
        }
        foreach (var edge in created) events.AddRange(Ends(model, GraphEventKind.CreateRelationship, edge, after.Relationships[edge], known, sequence));
        foreach (var edge in deleted) events.AddRange(Ends(model, GraphEventKind.DeleteRelationship, edge, before.Relationships[edge], known, sequence));

        foreach (var node in nodes.Where(n => !after.Nodes.ContainsKey(n)))
        {
            events.Add(new NodeEvent(GraphEventKind.Delete, sequence, 0, node.Label, before.Nodes[node], null));
        }
        return events;
    }

    /// <summary>One event per relationship field that follows this edge from one of its ends.</summary>
    private static IEnumerable<RelationshipEvent> Ends(KnowledgeModel model, GraphEventKind kind, EdgeRef edge, IReadOnlyDictionary<string, object?> properties,
        Dictionary<NodeRef, IReadOnlyDictionary<string, object?>> known, long sequence)
    {
        foreach (var field in model.Fields.Where(f => f.RelationshipType == edge.Type))
        {
            var (owner, other) = field.Direction == RelationshipDirection.Outgoing ? (edge.From, edge.To) : (edge.To, edge.From);
            if (field.Owner != owner.Label || !field.Targets.Contains(other.Label)) continue;
            if (!known.TryGetValue(owner, out var ownerProperties) || !known.TryGetValue(other, out var otherProperties)) continue;
            yield return new RelationshipEvent(kind, sequence, 0, owner.Label, field.Name, ownerProperties, other.Label, otherProperties, properties);
        }
    }

    private static bool Same(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
        AuditJson.Serialize(a) == AuditJson.Serialize(b);
}

using Graph.Core.Values;

namespace Graph.Cypher.Procedures;

/// <summary>
/// db.schema.visualization(): as in Neo4j, one virtual node per label (property name = the label, plus
/// its indexes and constraints) and one virtual relationship per (start label, type, end label) seen.
/// Virtual entities have negative ids so they never collide with stored ones.
/// </summary>
internal static class SchemaVisualization
{
    public static Procedure Procedure { get; } = new("db.schema.visualization", [], ["nodes", "relationships"], (_, ctx) => [Build(ctx.Graph)]);

    private static object?[] Build(Storage.IGraphView graph)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        long next = -1;
        foreach (var label in graph.LabelsInUse())
        {
            var id = next--;
            var props = new Dictionary<string, object?>
            {
                ["name"] = label,
                ["indexes"] = graph.Indexes.Where(i => !i.OnRelationships && i.LabelsOrTypes.Contains(label) && i.OwningConstraint is null)
                    .SelectMany(i => i.Properties).Cast<object?>().ToList(),
                ["constraints"] = graph.Constraints.Where(c => !c.OnRelationships && c.LabelOrType == label)
                    .Select(c => (object?)$"Constraint( name='{c.Name}', type='{c.Type}', schema=(:{label} {{{string.Join(", ", c.Properties)}}}) )").ToList(),
            };
            nodes[label] = new Node(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture), [label], props);
        }
        var seen = new HashSet<(string, string, string)>();
        var rels = new List<object?>();
        foreach (var rel in graph.AllRelationships())
        {
            var type = graph.RelationshipType(rel);
            foreach (var from in graph.NodeLabels(graph.StartNode(rel)))
            {
                foreach (var to in graph.NodeLabels(graph.EndNode(rel)))
                {
                    if (!seen.Add((from, type, to))) continue;
                    var id = next--;
                    var s = nodes[from];
                    var e = nodes[to];
                    rels.Add(new Relationship(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture), type, s.Id, e.Id, s.ElementId, e.ElementId, new Dictionary<string, object?> { ["name"] = type }));
                }
            }
        }
        return [nodes.Values.Cast<object?>().ToList(), rels];
    }
}

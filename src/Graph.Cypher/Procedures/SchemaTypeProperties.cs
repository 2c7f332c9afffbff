using Graph.Cypher.Storage;

namespace Graph.Cypher.Procedures;

/// <summary>
/// <c>db.schema.nodeTypeProperties()</c> and <c>db.schema.relTypeProperties()</c>: per node label combination (or
/// relationship type), each property seen, the Neo4j type names of its values and whether every entity of that
/// kind has it. A kind without properties gives one row with null property. Rows come ordered by kind, then name.
/// </summary>
internal static class SchemaTypeProperties
{
    public static Procedure NodeTypeProperties { get; } = new(
        "db.schema.nodeTypeProperties",
        [],
        ["nodeType", "nodeLabels", "propertyName", "propertyTypes", "mandatory"],
        (_, ctx) => NodeRows(ctx.Graph));

    public static Procedure RelTypeProperties { get; } = new(
        "db.schema.relTypeProperties",
        [],
        ["relType", "propertyName", "propertyTypes", "mandatory"],
        (_, ctx) => RelRows(ctx.Graph));

    private static IEnumerable<object?[]> NodeRows(IGraphView graph)
    {
        var kinds = new SortedDictionary<string, (List<string> Labels, PropertyTally Tally)>(StringComparer.Ordinal);
        foreach (var id in graph.AllNodes())
        {
            var labels = graph.NodeLabels(id).Order(StringComparer.Ordinal).ToList();
            if (labels.Count == 0) continue;
            var key = string.Concat(labels.Select(Quoted));
            if (!kinds.TryGetValue(key, out var kind)) kinds[key] = kind = (labels, new PropertyTally());
            kind.Tally.Add(graph.NodeProperties(id));
        }

        return kinds.SelectMany(k => k.Value.Tally.Rows().Select(r => new object?[]
        {
            k.Key, k.Value.Labels.Cast<object?>().ToList(), r.Name, r.Types, r.Mandatory,
        }));
    }

    private static IEnumerable<object?[]> RelRows(IGraphView graph)
    {
        var kinds = new SortedDictionary<string, PropertyTally>(StringComparer.Ordinal);
        foreach (var id in graph.AllRelationships())
        {
            var key = Quoted(graph.RelationshipType(id));
            if (!kinds.TryGetValue(key, out var tally)) kinds[key] = tally = new PropertyTally();
            tally.Add(graph.RelationshipProperties(id));
        }

        return kinds.SelectMany(k => k.Value.Rows().Select(r => new object?[] { k.Key, r.Name, r.Types, r.Mandatory }));
    }

    private static string Quoted(string name) => ":`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
}

using Graph.Core.Values;
using Graph.Cypher.Functions.Scalar;
using Graph.Cypher.Storage;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>Turns engine values into Graph.Core values at the API boundary (nodes with labels and properties read now).</summary>
internal static class ValueExporter
{
    public static object? Export(object? value, IGraphView graph)
    {
        // Most exported values are plain scalars: an exact type test each, before any interface cast.
        if (value is null or string or long or double or bool) return value;
        switch (value)
        {
            case CypherMap map: return ExportMap(map, graph);
            // Built in export form (see ExportForm): handed out as they are.
            case ExportedMap or ExportedList: return value;
            case List<object?> list: return ExportList(list, graph);
            // Its items are integers, already in export form: handing it out as it is keeps RETURN range(1, 10000000)
            // from boxing ten million of them for a caller that may stop reading early (the /cypher byte budget).
            case RangeList: return value;
            case NodeRef n: return ExportNode(n.Id, graph);
            case RelRef r: return ExportRelationship(r.Id, graph);
            case PathValue p: return ExportPath(p, graph);
            case int i: return (long)i;
            case CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration or CypherPoint:
                return value;
            case IReadOnlyDictionary<string, object?> map:
            {
                StackGuard.Check();
                var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
                foreach (var (k, v) in map) result[k] = Export(v, graph);
                return result;
            }
            case IReadOnlyList<object?> list:
            {
                StackGuard.Check();
                var result = new List<object?>(list.Count);
                for (var i = 0; i < list.Count; i++) result.Add(Export(list[i], graph));
                return result;
            }
            default: return value;
        }
    }

    // The engine's own containers are walked by position: no boxed enumerator, no interface dispatch per entry.
    private static Dictionary<string, object?> ExportMap(CypherMap map, IGraphView graph)
    {
        StackGuard.Check();
        var count = map.Count;
        var result = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        // A map's keys are distinct, so Add never throws; it keeps the map's order in the dictionary.
        for (var i = 0; i < count; i++) result.Add(map.KeyAt(i), Export(map.ValueAt(i), graph));
        return result;
    }

    private static List<object?> ExportList(List<object?> list, IGraphView graph)
    {
        StackGuard.Check();
        var count = list.Count;
        var result = new List<object?>(count);
        for (var i = 0; i < count; i++) result.Add(Export(list[i], graph));
        return result;
    }

    // Kept apart from Export: lambdas capturing its parameter would cost a closure on every exported value.
    private static Graph.Core.Values.Path ExportPath(PathValue p, IGraphView graph) =>
        new(p.Nodes.Select(n => ExportNode(n.Id, graph)).ToList(), p.Relationships.Select(r => ExportRelationship(r.Id, graph)).ToList());

    private static Node ExportNode(long id, IGraphView graph)
    {
        var elementId = EntityFunctions.ElementIdOf(new NodeRef(id));
        if (graph.IsNodeDeleted(id) || !graph.NodeExists(id)) return new Node(id, elementId, [], new Dictionary<string, object?>());
        return new Node(id, elementId, graph.NodeLabels(id).ToList(), Copy(graph.NodeProperties(id), graph));
    }

    private static Relationship ExportRelationship(long id, IGraphView graph)
    {
        var elementId = EntityFunctions.ElementIdOf(new RelRef(id));
        if (graph.IsRelationshipDeleted(id) || !graph.RelationshipExists(id))
        {
            return new Relationship(id, elementId, "", -1, -1, "", "", new Dictionary<string, object?>());
        }
        var start = graph.StartNode(id);
        var end = graph.EndNode(id);
        return new Relationship(
            id, elementId, graph.RelationshipType(id), start, end,
            EntityFunctions.ElementIdOf(new NodeRef(start)), EntityFunctions.ElementIdOf(new NodeRef(end)),
            Copy(graph.RelationshipProperties(id), graph));
    }

    private static Dictionary<string, object?> Copy(IReadOnlyDictionary<string, object?> props, IGraphView graph)
    {
        var result = new Dictionary<string, object?>(props.Count, StringComparer.Ordinal);
        foreach (var (k, v) in props) result[k] = Export(v, graph);
        return result;
    }
}

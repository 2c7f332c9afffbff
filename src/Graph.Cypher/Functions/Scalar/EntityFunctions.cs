using System.Globalization;
using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>Functions over nodes, relationships and paths (manual: "Scalar functions", "List functions").</summary>
internal static class EntityFunctions
{
    /// <summary>The database part of element ids: Neo4j's form is "4:&lt;database&gt;:&lt;id&gt;" (5: for relationships).</summary>
    public const string DatabaseToken = "graph-embedded";

    public static IEnumerable<FunctionDefinition> All =>
    [
        new("id", 1, 1, Id),
        new("elementId", 1, 1, ElementId),
        new("labels", 1, 1, Labels),
        new("type", 1, 1, Type),
        new("keys", 1, 1, Keys),
        new("properties", 1, 1, Properties),
        new("startNode", 1, 1, StartNode),
        new("endNode", 1, 1, EndNode),
        new("nodes", 1, 1, Nodes),
        new("relationships", 1, 1, Relationships),
        new("length", 1, 1, Length),
    ];

    public static string ElementIdOf(object entity) => entity switch
    {
        NodeRef n => "4:" + DatabaseToken + ":" + n.Id.ToString(CultureInfo.InvariantCulture),
        RelRef r => "5:" + DatabaseToken + ":" + r.Id.ToString(CultureInfo.InvariantCulture),
        _ => throw CypherErrors.TypeMismatch("Node or Relationship", entity),
    };

    private static object? Id(IReadOnlyList<object?> args, IFunctionContext context) => args[0] switch
    {
        null => null,
        NodeRef n => n.Id,
        RelRef r => r.Id,
        var other => throw CypherErrors.TypeMismatch("Node or Relationship", other),
    };

    private static object? ElementId(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is null ? null : ElementIdOf(args[0]!);

    private static object? Labels(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var labels = context.Graph.NodeLabels(Arguments.Node(args[0]).Id);
        var list = new List<object?>(labels.Count);
        for (var i = 0; i < labels.Count; i++) list.Add(labels[i]);
        return list;
    }

    private static object? Type(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is null ? null : context.Graph.RelationshipType(Arguments.Relationship(args[0]).Id);

    private static object? Keys(IReadOnlyList<object?> args, IFunctionContext context)
    {
        var map = PropertyMap(args[0], context);
        if (map is null) return null;
        var keys = new List<object?>(map.Count);
        foreach (var key in map.Keys) keys.Add(key);
        return keys;
    }

    private static object? Properties(IReadOnlyList<object?> args, IFunctionContext context)
    {
        var map = PropertyMap(args[0], context);
        if (map is null) return null;
        var copy = new CypherMap(map.Count);
        foreach (var pair in map) copy.Set(pair.Key, pair.Value);
        return copy;
    }

    private static IReadOnlyDictionary<string, object?>? PropertyMap(object? value, IFunctionContext context) => value switch
    {
        null => null,
        NodeRef n => context.Graph.NodeProperties(n.Id),
        RelRef r => context.Graph.RelationshipProperties(r.Id),
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw CypherErrors.TypeMismatch("Map, Node or Relationship", value),
    };

    private static object? StartNode(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is null ? null : new NodeRef(context.Graph.StartNode(Arguments.Relationship(args[0]).Id));

    private static object? EndNode(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is null ? null : new NodeRef(context.Graph.EndNode(Arguments.Relationship(args[0]).Id));

    private static object? Nodes(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var path = Arguments.Path(args[0]);
        var list = new List<object?>(path.Nodes.Count);
        for (var i = 0; i < path.Nodes.Count; i++) list.Add(path.Nodes[i]);
        return list;
    }

    private static object? Relationships(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var path = Arguments.Path(args[0]);
        var list = new List<object?>(path.Relationships.Count);
        for (var i = 0; i < path.Relationships.Count; i++) list.Add(path.Relationships[i]);
        return list;
    }

    // Neo4j 5 restricts length() to paths (size() covers strings and lists).
    private static object? Length(IReadOnlyList<object?> args, IFunctionContext context) =>
        args[0] is null ? null : (long)Arguments.Path(args[0]).Length;
}

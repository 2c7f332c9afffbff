namespace Graph.Cypher.Tests.Architecture;

/// <summary>
/// The rooms of the embedded engine (the namespaces directly under <c>Graph.Cypher</c>) and their one-way
/// doors, checked on the compiled assembly. A room may use only rooms on a lower layer; rooms on one layer
/// do not use each other. Lowest first:
/// <list type="number">
/// <item>Values (Cypher values, their comparison and arithmetic, temporal included), Storage (the graph store) and Csv (reading CSV records).</item>
/// <item>Syntax (lexer, parser, AST and AST walks), Functions and Procedures (built-in libraries over values and a graph view).</item>
/// <item>Semantics (checks a statement against scopes and the function and procedure catalogues).</item>
/// <item>Planning (plan steps, index seeks, EXPLAIN text).</item>
/// <item>Execution (runs a plan: matcher, evaluator, updater, profiling).</item>
/// <item>Graph.Cypher itself (the embedded database and its transactions).</item>
/// <item>Import (CSV import through the embedded database).</item>
/// </list>
/// Namespaces inside one room (Storage.Durability, Functions.Temporal, …) are the room's own business.
/// The same order is written down in src/Graph.Cypher/README.md.
/// </summary>
public sealed class NamespaceLayeringTests
{
    private const string Root = "Graph.Cypher";

    private static readonly string[][] Layers =
    [
        ["Graph.Cypher.Values", "Graph.Cypher.Storage", "Graph.Cypher.Csv"],
        ["Graph.Cypher.Syntax", "Graph.Cypher.Functions", "Graph.Cypher.Procedures"],
        ["Graph.Cypher.Semantics"],
        ["Graph.Cypher.Planning"],
        ["Graph.Cypher.Execution"],
        [Root],
        ["Graph.Cypher.Import"],
    ];

    private static readonly NamespaceGraph Rooms =
        NamespaceGraph.Read(typeof(EmbeddedGraphDatabase).Assembly, Root).Collapse(Root);

    [Fact]
    public void Reader_sees_the_dependencies_the_code_is_known_to_have()
    {
        // Guards the test below against passing vacuously: these uses are the engine's backbone.
        Assert.Contains("Graph.Cypher.Planning", Rooms.DependenciesOf("Graph.Cypher.Execution"));
        Assert.Contains("Graph.Cypher.Syntax", Rooms.DependenciesOf("Graph.Cypher.Semantics"));
        Assert.Contains("Graph.Cypher.Storage", Rooms.DependenciesOf("Graph.Cypher.Procedures"));
    }

    [Fact]
    public void Every_room_has_a_layer()
    {
        var placed = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var unplaced = Rooms.Namespaces.Where(room => !placed.Contains(room)).ToList();
        Assert.True(unplaced.Count == 0, "Rooms with no layer: " + string.Join(", ", unplaced));
    }

    [Fact]
    public void Rooms_form_no_cycle()
    {
        var cycles = Rooms.Cycles().Select(c => string.Join(" <-> ", c)).ToList();
        Assert.True(cycles.Count == 0, "Rooms that use each other:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Every_door_leads_to_a_lower_layer()
    {
        var layerOf = Layers
            .SelectMany((rooms, level) => rooms.Select(room => (room, level)))
            .ToDictionary(p => p.room, p => p.level, StringComparer.Ordinal);
        var wrongWay =
            from user in Rooms.Namespaces
            from used in Rooms.DependenciesOf(user)
            where layerOf.TryGetValue(user, out var userLevel) && layerOf.TryGetValue(used, out var usedLevel) && usedLevel >= userLevel
            select $"{user} -> {used} (used by {string.Join(", ", Rooms.Witnesses(user, used))})";
        var doors = wrongWay.ToList();
        Assert.True(doors.Count == 0, "Doors against the layering:\n" + string.Join("\n", doors));
    }
}

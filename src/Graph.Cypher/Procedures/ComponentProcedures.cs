namespace Graph.Cypher.Procedures;

/// <summary>
/// <c>dbms.components()</c>: what tools ask first to learn which server they talk to. The embedded engine speaks
/// Neo4j 5.26's Cypher, so it answers as a Neo4j 5.26 Community server does.
/// </summary>
internal static class ComponentProcedures
{
    public const string Version = "5.26.0";

    public static Procedure Components { get; } = new(
        "dbms.components",
        [],
        ["name", "versions", "edition"],
        (_, _) => [["Neo4j Kernel", new List<object?> { Version }, "community"]]);
}

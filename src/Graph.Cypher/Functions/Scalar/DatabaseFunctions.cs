namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// The database and graph functions as a standalone Neo4j server answers them: one standard database
/// (<c>neo4j</c>), no composite databases. <c>graph.names()</c> lists a composite database's constituent graphs,
/// so here it is empty and no name has properties; <c>db.nameFromElementId</c> names the one database for any
/// well-formed element id (<c>kind:database:id</c>), since this engine holds no other.
/// </summary>
internal static class DatabaseFunctions
{
    public const string DatabaseName = "neo4j";

    public static IEnumerable<FunctionDefinition> All =>
    [
        new("graph.names", 0, 0, (_, _) => new List<object?>()),
        new("graph.propertiesByName", 1, 1, (a, _) => a[0] is null ? null : NoGraph(Arguments.String(a[0]))),
        new("db.nameFromElementId", 1, 1, (a, _) => a[0] is null ? null : NameFromElementId(Arguments.String(a[0]))),
    ];

    // No constituent graph exists on a standard database, so no name has properties.
    private static object? NoGraph(string name) => null;

    private static string? NameFromElementId(string elementId)
    {
        var parts = elementId.Split(':');
        return parts.Length == 3 && parts[0].Length > 0 && parts[0].All(char.IsAsciiDigit) && parts[1].Length > 0 && parts[2].Length > 0 && parts[2].All(char.IsAsciiDigit)
            ? DatabaseName
            : null;
    }
}

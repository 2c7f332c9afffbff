namespace Graph.Cypher.Syntax.Ast;

/// <summary>
/// The <c>CYPHER [version] [name=value …]</c> prefix of a statement: the language version asked for (null when none)
/// and the query options by their Neo4j names in lower case (runtime, planner, expressionengine, …), values lower-cased.
/// The parser has already checked both against what Neo4j 5 accepts; the planner honours what it can (runtime) and
/// ignores the rest, as Neo4j Community does with options it has no use for.
/// </summary>
public sealed record QueryOptions(string? Version, IReadOnlyDictionary<string, string> Values)
{
    public static readonly QueryOptions None = new(null, new Dictionary<string, string>());

    /// <summary>The <c>runtime=</c> option, or null when the statement leaves the choice to the engine.</summary>
    public string? Runtime => Values.GetValueOrDefault("runtime");

    /// <summary>The <c>planner=</c> option, or null.</summary>
    public string? Planner => Values.GetValueOrDefault("planner");

    public bool IsEmpty => Version is null && Values.Count == 0;
}

using Graph.Core.Errors;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// The language versions and query options Neo4j 5 accepts after <c>CYPHER</c>, with the values each may take;
/// names and values compare case-insensitively, as Neo4j's pre-parser does.
/// </summary>
internal static class CypherOptionCatalog
{
    public static readonly IReadOnlyList<string> Versions = ["5"];

    private static readonly Dictionary<string, string[]> Options = new(StringComparer.OrdinalIgnoreCase)
    {
        ["runtime"] = ["default", "interpreted", "slotted", "pipelined", "parallel"],
        ["planner"] = ["default", "cost", "idp", "dp"],
        ["expressionEngine"] = ["default", "interpreted", "compiled"],
        ["operatorEngine"] = ["default", "interpreted", "compiled"],
        ["interpretedPipesFallback"] = ["default", "disabled", "whitelisted_plans_only", "all"],
        ["replan"] = ["default", "force", "skip"],
        ["connectComponentsPlanner"] = ["default", "greedy", "idp"],
        ["updateStrategy"] = ["default", "eager"],
        ["eagerAnalyzer"] = ["default", "ir", "lp"],
        ["inferSchemaParts"] = ["default", "off", "most_selective_label"],
        ["statefulShortestPlanningMode"] = ["default", "into_only", "all_if_possible", "cardinality_heuristic"],
    };

    /// <summary>The option's value in lower case, or Neo4j's error for an unknown name or a value the option does not take.</summary>
    public static string Check(string name, string value)
    {
        if (!Options.TryGetValue(name, out var values))
        {
            throw new GraphException(ErrorCodes.ArgumentError, $"Unsupported options: {name}", ErrorPhase.Compile);
        }

        var known = values.FirstOrDefault(v => v.Equals(value, StringComparison.OrdinalIgnoreCase));
        return known ?? throw new GraphException(
            ErrorCodes.ArgumentError,
            $"{value} is not a valid option for {name}. Valid options are: {string.Join(", ", values)}",
            ErrorPhase.Compile);
    }
}

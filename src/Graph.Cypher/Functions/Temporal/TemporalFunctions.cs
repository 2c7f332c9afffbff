namespace Graph.Cypher.Functions.Temporal;

/// <summary>date(), datetime(), localdatetime(), time(), localtime(), duration() and their namespaced forms.</summary>
internal static class TemporalFunctions
{
    public static IEnumerable<FunctionDefinition> All => [];
}

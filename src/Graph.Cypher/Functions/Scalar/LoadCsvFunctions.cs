namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// linenumber() and file(): they describe the LOAD CSV record a row came from, which the clause keeps in hidden
/// row slots that the evaluator reads; outside LOAD CSV (no slot) they are null, as in Neo4j.
/// </summary>
internal static class LoadCsvFunctions
{
    /// <summary>Row slots (names starting with a space are never in scope) holding the record's line and file.</summary>
    public const string LineNumberSlot = " csv.linenumber";
    public const string FileSlot = " csv.file";

    public static IEnumerable<FunctionDefinition> All =>
    [
        new("linenumber", 0, 0, (_, _) => null, Deterministic: false),
        new("file", 0, 0, (_, _) => null, Deterministic: false),
    ];

    /// <summary>The row slot a function reads instead of computing, or null for every other function.</summary>
    public static string? SlotOf(string function) =>
        string.Equals(function, "linenumber", StringComparison.OrdinalIgnoreCase) ? LineNumberSlot
        : string.Equals(function, "file", StringComparison.OrdinalIgnoreCase) ? FileSlot
        : null;
}

using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>timestamp, randomUUID, valueType and nullIf.</summary>
internal static class MiscFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        // Fixed for one statement (it reads the statement clock), but not across statements.
        new("timestamp", 0, 0, (_, c) => c.StatementTime.ToUnixTimeMilliseconds(), Deterministic: false),
        new("randomUUID", 0, 0, (_, _) => Guid.NewGuid().ToString("D"), Deterministic: false),
        new("valueType", 1, 1, (a, _) => CypherTypeNames.ValueType(a[0])),
        // The manual: null when the two arguments are equivalent, else the first.
        new("nullIf", 2, 2, (a, _) => CypherEquality.Equivalent(a[0], a[1]) ? null : a[0]),
    ];
}

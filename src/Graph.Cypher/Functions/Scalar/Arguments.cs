using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// Typed access to evaluated function arguments, raising Neo4j's TypeError wording when a value has
/// the wrong type ("Type mismatch: expected String but was Integer").
/// </summary>
internal static class Arguments
{
    public static string String(object? value) => value as string ?? throw CypherErrors.TypeMismatch("String", value);

    public static long Integer(object? value) => value is long l ? l : throw CypherErrors.TypeMismatch("Integer", value);

    /// <summary>An integer argument where Neo4j also accepts a float and truncates it (substring lengths, left, right).</summary>
    public static long IntegerLike(object? value) => value switch
    {
        long l => l,
        double d => CypherConversions.Truncate(d),
        _ => throw CypherErrors.TypeMismatch("Integer", value),
    };

    public static double Number(object? value) =>
        CypherConversions.TryNumber(value, out var d) ? d : throw CypherErrors.TypeMismatch("Float or Integer", value);

    public static IReadOnlyList<object?> List(object? value) =>
        value as IReadOnlyList<object?> ?? throw CypherErrors.TypeMismatch("List<T>", value);

    public static NodeRef Node(object? value) => value as NodeRef ?? throw CypherErrors.TypeMismatch("Node", value);

    public static RelRef Relationship(object? value) => value as RelRef ?? throw CypherErrors.TypeMismatch("Relationship", value);

    public static PathValue Path(object? value) => value as PathValue ?? throw CypherErrors.TypeMismatch("Path", value);

    /// <summary>Shortcut for functions whose single argument propagates null.</summary>
    public static bool AnyNull(IReadOnlyList<object?> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is null) return true;
        }
        return false;
    }
}

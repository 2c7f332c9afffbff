using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// The type, in Neo4j's words, of an expression whose type is certain before running: a literal, a list literal or a
/// map literal. Anything else (parameters, variables, properties, calls, and the null literal, which fits every
/// type) is unknown here and stays a runtime check.
/// </summary>
internal static class LiteralTypes
{
    public const string Boolean = "Boolean";
    public const string String = "String";
    public const string Integer = "Integer";
    public const string Float = "Float";
    public const string Map = "Map";

    public static string? Of(Expression e) => e switch
    {
        Literal { Value: string } => String,
        Literal { Value: long } => Integer,
        Literal { Value: double } => Float,
        Literal { Value: bool } => Boolean,
        MapLiteral => Map,
        ListLiteral list => $"List<{ElementType(list)}>",
        _ => null,
    };

    public static bool IsList(string type) => type.StartsWith("List<", StringComparison.Ordinal);

    /// <summary>The element type of a list literal whose elements share one known type; otherwise null.</summary>
    public static string? ElementOf(Expression list) =>
        list is ListLiteral literal && ElementType(literal) is var element && element != "Any" ? element : null;

    // Neo4j names a list by its elements' common type; mixed, empty or unknown elements make it List<Any>.
    private static string ElementType(ListLiteral list)
    {
        string? common = null;
        foreach (var item in list.Items)
        {
            var type = Of(item);
            if (type is null || (common is not null && common != type)) return "Any";
            common = type;
        }
        return common ?? "Any";
    }
}

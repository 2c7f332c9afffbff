using Graph.Core.Errors;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Arguments whose type is known before running: a literal, or a variable a pattern bound as an entity or a
/// projection bound to a literal. Neo4j refuses <c>MATCH (r) RETURN type(r)</c>, <c>MATCH (n) RETURN length(n)</c>
/// and <c>WITH 123 AS x RETURN x.num</c> at compile time; any other argument stays a runtime check.
/// </summary>
internal static class KnownTypeArguments
{
    private const string PropertyHolders = "Map, Node, Relationship, Point, Duration, Date, Time, LocalTime, LocalDateTime or DateTime";

    // Each function's accepted types, and how Neo4j names them in its message.
    private static readonly Dictionary<string, (Func<string, bool> Accepts, string Expected)> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = (t => t == "Relationship", "Relationship"),
        ["length"] = (t => t == "Path", "Path"),
        ["labels"] = (t => t == "Node", "Node"),
        ["size"] = (t => t == LiteralTypes.String || LiteralTypes.IsList(t), "String or List<T>"),
        ["properties"] = (t => t is LiteralTypes.Map or "Node" or "Relationship", "Map, Node or Relationship"),
    };

    public static void Check(FunctionCall call, Scope scope)
    {
        if (call.Arguments.Count != 1 || !Signatures.TryGetValue(call.Name, out var signature)) return;
        var argument = call.Arguments[0];
        if (TypeOf(argument, scope) is { } actual && !signature.Accepts(actual))
        {
            throw SemanticErrors.At(argument.Position, $"Type mismatch: expected {signature.Expected} but was {actual}");
        }
    }

    /// <summary>A property read of a value known to hold no properties; for a literal's, the TCK and Neo4j use the TypeError status.</summary>
    public static void CheckPropertyAccess(PropertyAccess access, Scope scope)
    {
        // A path's property is refused as a semantic error (the TCK's SyntaxError), a value's as a TypeError.
        if (TypeOf(access.Subject, scope) == "Path")
        {
            throw SemanticErrors.At(access.Subject.Position, $"Type mismatch: expected {PropertyHolders} but was Path");
        }
        if (TypeOf(access.Subject, scope) is { } actual && (actual is LiteralTypes.Boolean or LiteralTypes.String or LiteralTypes.Integer or LiteralTypes.Float || LiteralTypes.IsList(actual)))
        {
            var position = access.Subject.Position;
            throw new GraphException(ErrorCodes.TypeError, $"Type mismatch: expected {PropertyHolders} but was {actual} ({position})", ErrorPhase.Compile, position.Line, position.Column);
        }
    }

    /// <summary>
    /// <c>- * / % ^</c> of a string, boolean, list or map known before running, such as a quantifier's variable over a
    /// list of strings (<c>any(x IN ['a'] WHERE x % 2 = 0)</c>). <c>+</c> is left alone: it also joins strings and lists.
    /// </summary>
    public static void CheckArithmetic(BinaryExpression e, Scope scope)
    {
        if (e.Operator is not (BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power)) return;
        foreach (var operand in (Expression[])[e.Left, e.Right])
        {
            if (TypeOf(operand, scope) is { } actual && (actual is LiteralTypes.Boolean or LiteralTypes.String or LiteralTypes.Map || LiteralTypes.IsList(actual)))
            {
                throw SemanticErrors.At(operand.Position, $"Type mismatch: expected Float or Integer but was {actual}");
            }
        }
    }

    private static string? TypeOf(Expression e, Scope scope) => e is Variable v ? scope.TypeOf(v.Name) : LiteralTypes.Of(e);
}

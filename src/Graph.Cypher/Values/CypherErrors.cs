using Graph.Core.Errors;

namespace Graph.Cypher.Values;

/// <summary>
/// One place that builds the runtime errors of values, operators and functions, so their codes and
/// wording stay uniform (Neo4j 5: "Type mismatch: expected Integer but was String").
/// </summary>
internal static class CypherErrors
{
    public static GraphException TypeMismatch(string expected, object? actual) =>
        new(ErrorCodes.TypeError, $"Type mismatch: expected {expected} but was {CypherTypeNames.Of(actual)}");

    public static GraphException Type(string message) => new(ErrorCodes.TypeError, message);

    public static GraphException Argument(string message) => new(ErrorCodes.ArgumentError, message);

    public static GraphException Arithmetic(string message) => new(ErrorCodes.ArithmeticError, message);

    public static GraphException LongOverflow() => Arithmetic("long overflow");

    public static GraphException DivideByZero() => Arithmetic("/ by zero");

    /// <summary>An operator applied to operand types it has no meaning for.</summary>
    public static GraphException OperatorMismatch(string op, object? left, object? right) =>
        new(ErrorCodes.TypeError, $"Cannot {op} `{CypherTypeNames.Of(left)}` and `{CypherTypeNames.Of(right)}`");
}

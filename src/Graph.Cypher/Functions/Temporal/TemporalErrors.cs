using Graph.Core.Errors;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>The one place temporal code builds its errors, so codes and wording stay uniform.</summary>
internal static class TemporalErrors
{
    /// <summary>Invalid text or out-of-range component: Neo4j's ArgumentError.</summary>
    public static GraphException Argument(string message) => new(ErrorCodes.ArgumentError, message);

    /// <summary>A value of the wrong kind, or a component the value does not have: Neo4j's TypeError.</summary>
    public static GraphException Type(string message) => new(ErrorCodes.TypeError, message);

    /// <summary>A result outside the representable range.</summary>
    public static GraphException Overflow(string message) => new(ErrorCodes.ArithmeticError, message);

    public static GraphException CannotParse(string kind, string text) =>
        Argument($"Text cannot be parsed to a {kind}: '{text}'");
}

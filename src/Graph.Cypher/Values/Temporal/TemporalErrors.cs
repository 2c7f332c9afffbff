using Graph.Core.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>The one place temporal code builds its errors, so codes and wording stay uniform.</summary>
internal static class TemporalErrors
{
    /// <summary>Invalid text or out-of-range component: Neo4j's ArgumentError.</summary>
    public static GraphException Argument(string message) => new(ErrorCodes.ArgumentError, message);

    /// <summary>A value of the wrong kind, or a component the value does not have: Neo4j's TypeError.</summary>
    public static GraphException Type(string message) => new(ErrorCodes.TypeError, message);

    /// <summary>A result outside the representable range.</summary>
    public static GraphException Overflow(string message) => new(ErrorCodes.ArithmeticError, message);

    /// <summary>
    /// Text that fits none of the forms. Neo4j's TemporalParseException is a SyntaxException, so the code is
    /// Neo.ClientError.Statement.SyntaxError (raised at run time), not ArgumentError.
    /// </summary>
    public static GraphException CannotParse(string kind, string text) =>
        new(ErrorCodes.SyntaxError, $"Text cannot be parsed to a {kind}: '{Clip(text)}'");

    /// <summary>An unknown zone name or malformed offset: Neo4j raises TemporalParseException (SyntaxError) for it.</summary>
    public static GraphException UnknownZone(string text) =>
        new(ErrorCodes.SyntaxError, $"Invalid value for TimeZone: Text '{Clip(text)}' is not a known time zone or offset");

    /// <summary>Quotes user text in a message, clipped so a huge input cannot make a huge message.</summary>
    public static string Clip(string text) => text.Length <= 100 ? text : text[..100] + "…";
}

using Graph.Core.Errors;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>Builds syntax errors in Neo4j's shape: message, then "(line L, column C (offset: O))", then the line and a caret.</summary>
internal static class SyntaxErrors
{
    public static GraphException At(string source, int offset, int line, int column, string message)
    {
        var lineStart = offset - (column - 1);
        if (lineStart < 0 || lineStart > source.Length)
        {
            lineStart = Math.Clamp(offset, 0, source.Length);
        }

        var lineEnd = source.IndexOfAny(['\n', '\r'], lineStart);
        if (lineEnd < 0)
        {
            lineEnd = source.Length;
        }

        var lineText = source[lineStart..lineEnd];
        var full = $"{message} (line {line}, column {column} (offset: {offset}))\n\"{lineText}\"\n{new string(' ', column)}^";
        return new GraphException(ErrorCodes.SyntaxError, full, ErrorPhase.Compile, line, column);
    }

    /// <summary>How a token is quoted in "Invalid input '…'": its source text, empty at the end of input.</summary>
    public static string Describe(string source, in Token token) =>
        token.Kind == TokenKind.EndOfInput ? string.Empty : source[token.Start..token.End];
}

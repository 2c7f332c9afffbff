using Graph.Core.Errors;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Syntax.Parsing;

namespace Graph.Cypher.Syntax;

/// <summary>
/// Entry point of the Cypher front end: text in, syntax tree out. Every failure surfaces as a
/// <see cref="GraphException"/> with <see cref="ErrorCodes.SyntaxError"/> and a 1-based line and column.
/// </summary>
internal static class CypherParser
{
    public static Statement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var tokens = Lexer.Tokenize(text);
            return new Parser(text, tokens).ParseStatement();
        }
        catch (GraphException)
        {
            throw;
        }
        catch (InsufficientExecutionStackException)
        {
            throw new GraphException(ErrorCodes.SyntaxError, "The statement is nested too deeply to be parsed.", ErrorPhase.Compile, 1, 1);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must still reach the caller as a structured error, never as a crash.
            throw new GraphException(ErrorCodes.SyntaxError, $"The statement could not be parsed: {ex.Message}", ErrorPhase.Compile, 1, 1, ex);
        }
    }
}

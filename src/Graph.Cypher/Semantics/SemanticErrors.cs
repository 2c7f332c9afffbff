using Graph.Core.Errors;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>Compile-time errors; Neo4j reports semantic failures with the SyntaxError status and the position.</summary>
internal static class SemanticErrors
{
    public static GraphException At(SourcePosition position, string message) =>
        new(ErrorCodes.SyntaxError, $"{message} ({position})", ErrorPhase.Compile, position.Line, position.Column);

    public static GraphException NotDefined(SourcePosition position, string name) => At(position, $"Variable `{name}` not defined");

    public static GraphException AlreadyDeclared(SourcePosition position, string name) => At(position, $"Variable `{name}` already declared");
}

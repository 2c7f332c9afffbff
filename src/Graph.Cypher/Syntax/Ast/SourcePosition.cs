namespace Graph.Cypher.Syntax.Ast;

/// <summary>Where a syntax node starts: 0-based offset, 1-based line and column (as Neo4j reports them).</summary>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    public static SourcePosition Start { get; } = new(0, 1, 1);

    public override string ToString() => $"line {Line}, column {Column} (offset: {Offset})";
}

/// <summary>Base of every syntax node: immutable, positioned.</summary>
public abstract record SyntaxNode(SourcePosition Position);

namespace Graph.Cypher.Syntax.Ast;

/// <summary>One item of SET.</summary>
public abstract record SetItem(SourcePosition Position) : SyntaxNode(Position);

/// <summary>SET target.key = value (target is any expression yielding a node or relationship; also n[key] = value).</summary>
public sealed record SetPropertyItem(SourcePosition Position, Expression Target, Expression Key, Expression Value) : SetItem(Position)
{
    /// <summary>Static key when written as target.key; null when written as target[expr].</summary>
    public string? StaticKey => Key is Literal { Value: string s } ? s : null;
}

/// <summary>SET variable = map (Replace) or SET variable += map (Merge).</summary>
public sealed record SetAllPropertiesItem(SourcePosition Position, Expression Target, Expression Value, bool Merge) : SetItem(Position);

/// <summary>SET variable:Label1:$(expr). <see cref="Dynamic"/> holds the $(expr) labels: a string or a list of strings each.</summary>
public sealed record SetLabelsItem(SourcePosition Position, string Variable, IReadOnlyList<string> Labels, IReadOnlyList<Expression>? Dynamic = null) : SetItem(Position);

/// <summary>One item of REMOVE.</summary>
public abstract record RemoveItem(SourcePosition Position) : SyntaxNode(Position);

/// <summary>REMOVE target.key.</summary>
public sealed record RemovePropertyItem(SourcePosition Position, Expression Target, string Key) : RemoveItem(Position)
{
    /// <summary>The key expression of <c>REMOVE n[expr]</c> (then <see cref="Key"/> is empty); null for <c>n.key</c>.</summary>
    public Expression? DynamicKey { get; init; }
}

/// <summary>REMOVE variable:Label1:$(expr); <see cref="Dynamic"/> as for SET.</summary>
public sealed record RemoveLabelsItem(SourcePosition Position, string Variable, IReadOnlyList<string> Labels, IReadOnlyList<Expression>? Dynamic = null) : RemoveItem(Position);

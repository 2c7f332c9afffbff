namespace Graph.Cypher.Syntax.Ast;

/// <summary>Comma-separated pattern parts of one MATCH / CREATE.</summary>
public sealed record Pattern(SourcePosition Position, IReadOnlyList<PatternPart> Parts) : SyntaxNode(Position);

/// <summary>How a pattern part is matched.</summary>
public enum PathSelector
{
    All,
    ShortestPath,
    AllShortestPaths,
}

/// <summary>
/// [p =] [shortestPath(] (a)-[r]->(b)-… [)]. Nodes has one more entry than Relationships:
/// Nodes[0] Relationships[0] Nodes[1] ….
/// </summary>
public sealed record PatternPart(
    SourcePosition Position,
    string? PathVariable,
    PathSelector Selector,
    IReadOnlyList<NodePattern> Nodes,
    IReadOnlyList<RelationshipPattern> Relationships) : SyntaxNode(Position)
{
    /// <summary>The k of SHORTEST k [GROUPS] (1 for every other selector).</summary>
    public long SelectorCount { get; init; } = 1;

    /// <summary>SHORTEST k GROUPS: every path whose length is among the k smallest, per pair of end nodes.</summary>
    public bool SelectorGroups { get; init; }

    /// <summary>The selector is GQL's (ANY, SHORTEST k, …) rather than shortestPath() / allShortestPaths().</summary>
    public bool GqlSelector { get; init; }

    /// <summary>
    /// The WHERE of a parenthesized path pattern, SHORTEST 1 ((a)--+(b) WHERE …): tested on each candidate path
    /// before a selector picks among them (a pre-filter), where the MATCH's own WHERE filters after (a post-filter).
    /// </summary>
    public Expression? InnerWhere { get; init; }
}

/// <summary>(variable :LabelExpression {properties} WHERE predicate); every part optional.</summary>
public sealed record NodePattern(
    SourcePosition Position,
    string? Variable,
    LabelExpression? Labels,
    Expression? Properties,
    Expression? Where) : SyntaxNode(Position);

/// <summary>Arrow direction as written: Outgoing = -[]->, Incoming = &lt;-[]-, Both = -[]- (or &lt;-[]-&gt;).</summary>
public enum RelationshipDirection
{
    Outgoing,
    Incoming,
    Both,
}

/// <summary>-[variable :TYPE|OTHER *min..max {properties} WHERE predicate]-&gt;.</summary>
public sealed record RelationshipPattern(
    SourcePosition Position,
    string? Variable,
    LabelExpression? Types,
    RelationshipDirection Direction,
    VariableLength? Length,
    Expression? Properties,
    Expression? Where) : SyntaxNode(Position)
{
    /// <summary>
    /// A quantified path pattern ((a)-[r]->(b) WHERE …){m,n} stands in the part as a relationship whose Length is the
    /// quantifier and whose Group is the repeated path (its anonymous nodes named, hidden, so iterations can join).
    /// Inside, variables are singletons; outside, group variables are lists with one entry per iteration.
    /// </summary>
    public PatternPart? Group { get; init; }

    /// <summary>The WHERE inside a quantified path pattern, tested on every iteration.</summary>
    public Expression? GroupWhere { get; init; }
}

/// <summary>*, *n, *min.., *..max, *min..max: null bounds mean unbounded (min defaults to 1 at runtime).</summary>
public sealed record VariableLength(SourcePosition Position, long? Min, long? Max) : SyntaxNode(Position);

/// <summary>Label and type expressions: :A:B, :A&amp;B, :A|B, :!A, :%.</summary>
public abstract record LabelExpression(SourcePosition Position) : SyntaxNode(Position);

public sealed record LabelName(SourcePosition Position, string Name) : LabelExpression(Position);

public sealed record LabelAnd(SourcePosition Position, LabelExpression Left, LabelExpression Right) : LabelExpression(Position);

public sealed record LabelOr(SourcePosition Position, LabelExpression Left, LabelExpression Right) : LabelExpression(Position);

public sealed record LabelNot(SourcePosition Position, LabelExpression Operand) : LabelExpression(Position);

/// <summary>% : any label (or any type).</summary>
public sealed record LabelWildcard(SourcePosition Position) : LabelExpression(Position);

/// <summary>
/// $(expr), $all(expr) or $any(expr): labels (or types) given by a string or a list of strings evaluated per row
/// (Neo4j 5.26 dynamic labels). $(…) and $all(…) need every name; $any(…) one of them.
/// </summary>
public sealed record DynamicLabelExpression(SourcePosition Position, Expression Expression, bool Any) : LabelExpression(Position);

namespace Graph.Cypher.Syntax.Ast;

/// <summary>An expression.</summary>
public abstract record Expression(SourcePosition Position) : SyntaxNode(Position);

/// <summary>A literal: null, bool, long, double or string (already unescaped).</summary>
public sealed record Literal(SourcePosition Position, object? Value) : Expression(Position);

/// <summary>$name or $0.</summary>
public sealed record Parameter(SourcePosition Position, string Name) : Expression(Position);

/// <summary>A variable reference.</summary>
public sealed record Variable(SourcePosition Position, string Name) : Expression(Position);

/// <summary>subject.key.</summary>
public sealed record PropertyAccess(SourcePosition Position, Expression Subject, string Key) : Expression(Position);

/// <summary>subject[index]: list index, map or entity dynamic property.</summary>
public sealed record IndexAccess(SourcePosition Position, Expression Subject, Expression Index) : Expression(Position);

/// <summary>subject[from..to]; either bound may be null.</summary>
public sealed record SliceAccess(SourcePosition Position, Expression Subject, Expression? From, Expression? To) : Expression(Position);

/// <summary>[a, b, c].</summary>
public sealed record ListLiteral(SourcePosition Position, IReadOnlyList<Expression> Items) : Expression(Position);

/// <summary>{key: value, …}; keys keep source order.</summary>
public sealed record MapLiteral(SourcePosition Position, IReadOnlyList<KeyValuePair<string, Expression>> Entries) : Expression(Position);

/// <summary>subject{.a, .*, key: expr, variable}.</summary>
public sealed record MapProjection(SourcePosition Position, string Subject, IReadOnlyList<MapProjectionItem> Items) : Expression(Position);

public abstract record MapProjectionItem(SourcePosition Position) : SyntaxNode(Position);

/// <summary>.key</summary>
public sealed record PropertySelector(SourcePosition Position, string Key) : MapProjectionItem(Position);

/// <summary>.*</summary>
public sealed record AllPropertiesSelector(SourcePosition Position) : MapProjectionItem(Position);

/// <summary>key: expr</summary>
public sealed record LiteralEntry(SourcePosition Position, string Key, Expression Value) : MapProjectionItem(Position);

/// <summary>variable (entry named after the variable)</summary>
public sealed record VariableSelector(SourcePosition Position, string Name) : MapProjectionItem(Position);

/// <summary>Binary operators. Comparison chains (a &lt; b &lt; c) are parsed as (a &lt; b) AND (b &lt; c).</summary>
public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    And,
    Or,
    Xor,
    In,
    StartsWith,
    EndsWith,
    Contains,
    RegexMatch,
}

public sealed record BinaryExpression(SourcePosition Position, BinaryOperator Operator, Expression Left, Expression Right) : Expression(Position);

public enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}

public sealed record UnaryExpression(SourcePosition Position, UnaryOperator Operator, Expression Operand) : Expression(Position);

/// <summary>expr IS NULL / IS NOT NULL.</summary>
public sealed record IsNullExpression(SourcePosition Position, Expression Operand, bool Negated) : Expression(Position);

/// <summary>n:Label (or n:A|B, n IS :A) used as a predicate.</summary>
public sealed record LabelCheck(SourcePosition Position, Expression Subject, LabelExpression Labels) : Expression(Position);

/// <summary>
/// name(args) with the namespace joined by dots (e.g. "date.truncate", "db.index.fulltext.queryNodes" is a procedure, not this).
/// Name keeps the user's casing; function lookup is case-insensitive.
/// </summary>
public sealed record FunctionCall(SourcePosition Position, string Name, bool Distinct, IReadOnlyList<Expression> Arguments) : Expression(Position)
{
    /// <summary>What <c>x IS [form] NORMALIZED</c> calls: a name no query can spell (it holds a space).</summary>
    public const string IsNormalized = "is normalized";

    /// <summary>Checks the characters of <c>trim(… chars FROM s)</c>: Neo4j allows exactly one.</summary>
    public const string TrimCharacter = "trim character";
}

/// <summary>count(*).</summary>
public sealed record CountStar(SourcePosition Position) : Expression(Position);

/// <summary>CASE [Test] WHEN … THEN … [ELSE …] END; Test null = generic form.</summary>
public sealed record CaseExpression(
    SourcePosition Position,
    Expression? Test,
    IReadOnlyList<CaseAlternative> Alternatives,
    Expression? Else) : Expression(Position);

public sealed record CaseAlternative(SourcePosition Position, Expression When, Expression Then) : SyntaxNode(Position);

/// <summary>[variable IN list WHERE predicate | projection].</summary>
public sealed record ListComprehension(
    SourcePosition Position,
    string Variable,
    Expression List,
    Expression? Where,
    Expression? Projection) : Expression(Position);

/// <summary>[p = (a)-->(b) WHERE predicate | projection].</summary>
public sealed record PatternComprehension(
    SourcePosition Position,
    PatternPart Pattern,
    Expression? Where,
    Expression Projection) : Expression(Position);

public enum QuantifierKind
{
    All,
    Any,
    None,
    Single,
}

/// <summary>all/any/none/single(variable IN list WHERE predicate).</summary>
public sealed record QuantifierExpression(
    SourcePosition Position,
    QuantifierKind Kind,
    string Variable,
    Expression List,
    Expression? Where) : Expression(Position);

/// <summary>reduce(accumulator = init, variable IN list | expression).</summary>
public sealed record ReduceExpression(
    SourcePosition Position,
    string Accumulator,
    Expression Initial,
    string Variable,
    Expression List,
    Expression Expression) : Expression(Position);

/// <summary>A pattern used as a predicate: WHERE (a)-[:R]->(b). True when at least one match exists.</summary>
public sealed record PatternPredicate(SourcePosition Position, PatternPart Pattern) : Expression(Position);

public enum SubqueryKind
{
    Exists,
    Count,
    Collect,
}

/// <summary>
/// EXISTS { … }, COUNT { … }, COLLECT { … }. The body is either a full query or, in the short form,
/// a pattern with an optional WHERE (represented as MATCH pattern WHERE … in <see cref="Body"/>, with
/// <see cref="ShortForm"/> true).
/// </summary>
public sealed record SubqueryExpression(SourcePosition Position, SubqueryKind Kind, Query Body, bool ShortForm) : Expression(Position);

/// <summary>shortestPath(…) / allShortestPaths(…) used as an expression: the path (or list of paths) found.</summary>
public sealed record ShortestPathExpression(SourcePosition Position, PatternPart Pattern) : Expression(Position);

/// <summary>expr IS [NOT] :: type (also IS [NOT] TYPED type and expr :: type).</summary>
public sealed record TypePredicate(SourcePosition Position, Expression Operand, CypherType Type, bool Negated) : Expression(Position);

namespace Graph.Cypher.Syntax.Ast;

/// <summary>A whole statement as typed by the user.</summary>
public abstract record Statement(SourcePosition Position) : SyntaxNode(Position)
{
    /// <summary>The <c>CYPHER …</c> prefix, on the statement the parser returns (an EXPLAIN/PROFILE wrapper included).</summary>
    public QueryOptions QueryOptions { get; init; } = QueryOptions.None;
}

/// <summary>A query: one single query, or several joined by UNION / UNION ALL.</summary>
public abstract record Query(SourcePosition Position) : Statement(Position);

/// <summary>Clauses in order: MATCH … WITH … RETURN, or updating clauses.</summary>
public sealed record SingleQuery(SourcePosition Position, IReadOnlyList<Clause> Clauses) : Query(Position);

/// <summary>Parts[0] UNION Parts[1] …; All = UNION ALL (Cypher forbids mixing the two).</summary>
public sealed record UnionQuery(SourcePosition Position, IReadOnlyList<SingleQuery> Parts, bool All) : Query(Position);

/// <summary>EXPLAIN / PROFILE in front of a statement.</summary>
public sealed record ExplainStatement(SourcePosition Position, Statement Inner, bool Profile) : Statement(Position);

/// <summary>CREATE [RANGE] INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.a, n.b) and relationship form.</summary>
public sealed record CreateIndex(
    SourcePosition Position,
    string? Name,
    bool IfNotExists,
    bool ForRelationships,
    string Variable,
    string LabelOrType,
    IReadOnlyList<string> Properties,
    Expression? Options,
    string? NameParameter = null) : Statement(Position)
{
    /// <summary>CREATE POINT INDEX rather than a range index.</summary>
    public bool Point { get; init; }

    /// <summary>CREATE TEXT INDEX rather than a range index.</summary>
    public bool Text { get; init; }
}

/// <summary>CREATE FULLTEXT INDEX name [IF NOT EXISTS] FOR (n:A|B) ON EACH [n.x, n.y] [OPTIONS {…}].</summary>
public sealed record CreateFulltextIndex(
    SourcePosition Position,
    string? Name,
    bool IfNotExists,
    bool ForRelationships,
    string Variable,
    IReadOnlyList<string> LabelsOrTypes,
    IReadOnlyList<string> Properties,
    Expression? Options,
    string? NameParameter = null) : Statement(Position);

/// <summary>DROP INDEX name [IF EXISTS]; a name written as $param is in <see cref="NameParameter"/>.</summary>
public sealed record DropIndex(SourcePosition Position, string Name, bool IfExists, string? NameParameter = null) : Statement(Position);

/// <summary>Kinds of constraint: IS UNIQUE, IS NOT NULL, IS NODE KEY.</summary>
public enum ConstraintKind
{
    Unique,
    NotNull,
    NodeKey,

    /// <summary>IS :: T / IS TYPED T.</summary>
    PropertyType,
}

/// <summary>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Label) REQUIRE n.p IS UNIQUE | (n.a, n.b) IS NODE KEY | n.p IS NOT NULL.</summary>
public sealed record CreateConstraint(
    SourcePosition Position,
    string? Name,
    bool IfNotExists,
    bool ForRelationships,
    string Variable,
    string LabelOrType,
    IReadOnlyList<string> Properties,
    ConstraintKind Kind,
    Expression? Options,
    string? NameParameter = null) : Statement(Position)
{
    /// <summary>The type of a property type constraint (IS :: T); null for the other kinds.</summary>
    public CypherType? PropertyType { get; init; }
}

/// <summary>DROP CONSTRAINT name [IF EXISTS].</summary>
public sealed record DropConstraint(SourcePosition Position, string Name, bool IfExists, string? NameParameter = null) : Statement(Position);

/// <summary>What SHOW lists.</summary>
public enum ShowKind
{
    Indexes,
    Constraints,
    Procedures,
    Functions,
}

/// <summary>
/// SHOW [ALL|RANGE|FULLTEXT|UNIQUE|…] INDEXES|CONSTRAINTS [YIELD …] [WHERE …] [RETURN …].
/// Filter is the optional word before INDEXES/CONSTRAINTS, upper-cased (null = ALL).
/// Yield/Where/Return follow the clause forms; Return is a RETURN clause over the yielded columns.
/// </summary>
public sealed record ShowStatement(
    SourcePosition Position,
    ShowKind Kind,
    string? Filter,
    IReadOnlyList<YieldItem>? Yield,
    bool YieldStar,
    Expression? Where,
    ReturnClause? Return) : Statement(Position);

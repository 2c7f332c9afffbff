namespace Graph.Cypher.Syntax.Ast;

/// <summary>One clause of a single query.</summary>
public abstract record Clause(SourcePosition Position) : SyntaxNode(Position);

/// <summary>[OPTIONAL] MATCH pattern [WHERE predicate].</summary>
public sealed record MatchClause(SourcePosition Position, bool Optional, Pattern Pattern, Expression? Where) : Clause(Position);

/// <summary>UNWIND list AS variable.</summary>
public sealed record UnwindClause(SourcePosition Position, Expression List, string Variable) : Clause(Position);

/// <summary>LOAD CSV [WITH HEADERS] FROM url AS variable [FIELDTERMINATOR 'c']: one row per CSV record.</summary>
public sealed record LoadCsvClause(SourcePosition Position, bool WithHeaders, Expression Url, string Variable, char FieldTerminator) : Clause(Position);

/// <summary>WITH projection [WHERE predicate]; the WHERE filters after projection, ordering and paging.</summary>
public sealed record WithClause(SourcePosition Position, Projection Projection, Expression? Where) : Clause(Position);

/// <summary>RETURN projection (always the last clause of a single query).</summary>
public sealed record ReturnClause(SourcePosition Position, Projection Projection) : Clause(Position);

/// <summary>FINISH: the query runs to the end and returns nothing (Cypher manual, "FINISH").</summary>
public sealed record FinishClause(SourcePosition Position) : Clause(Position);

/// <summary>CREATE pattern.</summary>
public sealed record CreateClause(SourcePosition Position, Pattern Pattern) : Clause(Position);

/// <summary>MERGE part [ON CREATE SET …] [ON MATCH SET …] (several ON clauses are concatenated in order).</summary>
public sealed record MergeClause(
    SourcePosition Position,
    PatternPart Part,
    IReadOnlyList<SetItem> OnCreate,
    IReadOnlyList<SetItem> OnMatch) : Clause(Position);

/// <summary>SET item, item, ….</summary>
public sealed record SetClause(SourcePosition Position, IReadOnlyList<SetItem> Items) : Clause(Position);

/// <summary>REMOVE item, item, ….</summary>
public sealed record RemoveClause(SourcePosition Position, IReadOnlyList<RemoveItem> Items) : Clause(Position);

/// <summary>[DETACH] DELETE expr, expr, ….</summary>
public sealed record DeleteClause(SourcePosition Position, bool Detach, IReadOnlyList<Expression> Targets) : Clause(Position);

/// <summary>FOREACH (variable IN list | updating clauses).</summary>
public sealed record ForeachClause(SourcePosition Position, string Variable, Expression List, IReadOnlyList<Clause> Body) : Clause(Position);

/// <summary>
/// CALL { … } or CALL (a, b) { … } / CALL (*) { … }.
/// ScopeVariables is null for the old form (importing WITH inside the body), empty for CALL () { … }.
/// Transactions carries the IN TRANSACTIONS tail: the body then runs in inner transactions committed batch by batch.
/// </summary>
public sealed record SubqueryCallClause(
    SourcePosition Position,
    IReadOnlyList<string>? ScopeVariables,
    bool ScopeAll,
    Query Body,
    bool Optional,
    InTransactions? Transactions) : Clause(Position)
{
    public bool InTransactions => Transactions is not null;

    public Expression? BatchSize => Transactions?.BatchSize;
}

/// <summary>
/// CALL ns.name(args) [YIELD a [AS b], … [WHERE …]].
/// Arguments is null for the implicit-argument form (CALL db.labels without parentheses).
/// YieldStar is YIELD *; Yield null with YieldStar false means no YIELD (standalone call returns every column).
/// Optional is OPTIONAL CALL: a row that the procedure answers with no rows is kept, its yielded columns null.
/// </summary>
public sealed record ProcedureCallClause(
    SourcePosition Position,
    string Name,
    IReadOnlyList<Expression>? Arguments,
    IReadOnlyList<YieldItem>? Yield,
    bool YieldStar,
    Expression? Where,
    bool Optional = false) : Clause(Position);

/// <summary>One YIELD column: Field [AS Alias].</summary>
public sealed record YieldItem(SourcePosition Position, string Field, string? Alias) : SyntaxNode(Position)
{
    public string Name => Alias ?? Field;
}

/// <summary>The body of WITH and RETURN.</summary>
public sealed record Projection(
    SourcePosition Position,
    bool Distinct,
    bool IncludeExisting,
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit) : SyntaxNode(Position);

/// <summary>
/// expr [AS alias]. Without alias the column name is the expression's text exactly as written (Neo4j rule),
/// which the parser records in <see cref="Text"/>; a map projection (<c>actor{.name}</c>) is named after its variable.
/// </summary>
public sealed record ProjectionItem(SourcePosition Position, Expression Expression, string? Alias, string Text) : SyntaxNode(Position)
{
    public string Name => Alias ?? (Expression is MapProjection map ? map.Subject : Text);

    /// <summary>Where the alias after AS is written (errors about the name it declares point there).</summary>
    public SourcePosition? AliasPosition { get; init; }
}

/// <summary>ORDER BY expr [ASC|DESC].</summary>
public sealed record SortItem(SourcePosition Position, Expression Expression, bool Descending) : SyntaxNode(Position);

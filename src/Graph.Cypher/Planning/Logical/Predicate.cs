using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// One conjunct a Filter tests, with the symbols it reads (the planner places it on the earliest operator
/// that binds them all). Null <see cref="Reads"/> means it reads a local scope (a comprehension): last.
/// </summary>
internal abstract record Predicate(IReadOnlySet<Symbol>? Reads)
{
    public abstract string Text { get; }

    /// <summary>The share of rows expected to pass, for cardinality estimates.</summary>
    public abstract double Selectivity { get; }
}

/// <summary>A WHERE conjunct or a pattern's inline property, as an expression.</summary>
internal sealed record ExpressionPredicate(BoundExpression Expression, IReadOnlySet<Symbol>? Reads) : Predicate(Reads)
{
    public override string Text => Expression.Text;

    public override double Selectivity => Expression.Syntax switch
    {
        BinaryExpression { Operator: BinaryOperator.Equal } => 0.1,
        BinaryExpression { Operator: BinaryOperator.LessThan or BinaryOperator.LessThanOrEqual or BinaryOperator.GreaterThan or BinaryOperator.GreaterThanOrEqual } => 0.3,
        _ => 0.5,
    };
}

/// <summary>A node pattern's labels (a conjunction of names, or a general label expression).</summary>
internal sealed record LabelPredicate(Symbol Node, IReadOnlyList<string> Labels, LabelExpression? General, double LabelSelectivity)
    : Predicate(new HashSet<Symbol> { Node })
{
    public override string Text => General is null
        ? Node + string.Concat(Labels.Select(l => ":" + l))
        : Node + ":" + LabelText.Of(General);

    public override double Selectivity => LabelSelectivity;
}

/// <summary>Cypher's relationship uniqueness within one MATCH: two relationship patterns never bind the same relationship.</summary>
internal sealed record DistinctRelationships(Symbol Left, Symbol Right) : Predicate(new HashSet<Symbol> { Left, Right })
{
    public override string Text => $"NOT {Left} = {Right}";

    public override double Selectivity => 1;
}

/// <summary>A node variable bound by an earlier clause holds a node (an OPTIONAL MATCH may have left it null: then nothing matches).</summary>
internal sealed record BoundNodePredicate(Symbol Node) : Predicate(new HashSet<Symbol> { Node })
{
    public override string Text => $"{Node} IS NOT NULL";

    public override double Selectivity => 1;
}

/// <summary>A relationship pattern's type written as a general expression ([:!A], [:A&B], [:%]): its type tested per row.</summary>
internal sealed record RelationshipTypePredicate(Symbol Relationship, LabelExpression Types) : Predicate(new HashSet<Symbol> { Relationship })
{
    public override string Text => Relationship + ":" + LabelText.Of(Types);

    public override double Selectivity => 0.5;
}

/// <summary>Relationship uniqueness between a single hop and a variable-length one of the same MATCH: the hop's relationship is not on the path.</summary>
internal sealed record NotOnPath(Symbol Relationship, Symbol Path) : Predicate(new HashSet<Symbol> { Relationship, Path })
{
    public override string Text => $"NOT {Relationship} IN {Path}";

    public override double Selectivity => 1;
}

/// <summary>Relationship uniqueness between two variable-length hops of the same MATCH: their paths share no relationship.</summary>
internal sealed record DisjointPaths(Symbol Left, Symbol Right) : Predicate(new HashSet<Symbol> { Left, Right })
{
    public override string Text => $"none(anon IN {Left} WHERE anon IN {Right})";

    public override double Selectivity => 1;
}

/// <summary>
/// A node's labels or a relationship's types with $(expr) terms (Neo4j 5.26 dynamic labels): each term's value,
/// read from the row (<see cref="Scope"/> resolves its variables), is put in before the expression is tested.
/// </summary>
internal sealed record DynamicLabelPredicate(Symbol Element, LabelExpression Labels, Scope Scope, IReadOnlySet<Symbol>? Reads) : Predicate(Reads)
{
    public override string Text => Element + ":" + LabelText.Of(Labels);

    public override double Selectivity => 0.5;
}

using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning.Logical;

internal sealed record FilterPlan(LogicalPlan Source, IReadOnlyList<Predicate> Predicates, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Filter";

    public override string Details => string.Join(" AND ", Predicates.Select(p => p.Text));
}

/// <summary>One computed column: the symbol it binds and the expression it evaluates.</summary>
internal sealed record ProjectedItem(Symbol Symbol, BoundExpression Expression)
{
    public string Text => Expression.Syntax is Variable v && v.Name == Symbol.Name ? Symbol.Name : $"{Expression.Text} AS {Symbol}";
}

internal sealed record ProjectionPlan(LogicalPlan Source, IReadOnlyList<ProjectedItem> Items, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Projection";

    public override string Details => string.Join(", ", Items.Select(i => i.Text));
}

/// <summary>One aggregate call computed per group into its symbol.</summary>
internal sealed record AggregateItem(Symbol Symbol, Expression Call, Scope Scope)
{
    public string Text => $"{ExpressionText.Of(Call)} AS {Symbol}";
}

/// <summary>Hash aggregation: groups by the grouping items (first-seen order kept) and computes the calls per group.</summary>
internal sealed record AggregationPlan(LogicalPlan Source, IReadOnlyList<ProjectedItem> Groupings, IReadOnlyList<AggregateItem> Aggregates, double Estimate)
    : UnaryPlan(Source, Estimate)
{
    public override string Operator => "EagerAggregation";

    public override string Details => string.Join(", ", Groupings.Select(g => g.Text).Concat(Aggregates.Select(a => a.Text)));
}

/// <summary>One ORDER BY key.</summary>
internal sealed record SortKey(BoundExpression Expression, bool Descending)
{
    public string Text => Expression.Text + (Descending ? " DESC" : " ASC");
}

internal sealed record SortPlan(LogicalPlan Source, IReadOnlyList<SortKey> Keys, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Sort";

    public override string Details => string.Join(", ", Keys.Select(k => k.Text));
}

/// <summary>ORDER BY … LIMIT n: keeps only the first n rows in order while reading, never sorting them all.</summary>
/// <remarks>With SKIP s the first s + n rows are kept, and a Skip above drops s of them.</remarks>
internal sealed record TopPlan(LogicalPlan Source, IReadOnlyList<SortKey> Keys, BoundExpression Count, BoundExpression? Skip, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Top";

    public override string Details => string.Join(", ", Keys.Select(k => k.Text)) + " LIMIT " + (Skip is null ? Count.Text : $"{Skip.Text} + {Count.Text}");
}

internal sealed record SkipPlan(LogicalPlan Source, BoundExpression Count, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Skip";

    public override string Details => Count.Text;
}

internal sealed record LimitPlan(LogicalPlan Source, BoundExpression Count, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Limit";

    public override string Details => Count.Text;
}

internal sealed record DistinctPlan(LogicalPlan Source, IReadOnlyList<Symbol> Columns, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Distinct";

    public override string Details => string.Join(", ", Columns);
}

internal sealed record UnwindPlan(LogicalPlan Source, BoundExpression List, Symbol Variable, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Unwind";

    public override string Details => $"{List.Text} AS {Variable}";
}

/// <summary>The statement's result columns, read from their slots.</summary>
internal sealed record ProduceResultsPlan(LogicalPlan Source, IReadOnlyList<string> Columns, IReadOnlyList<Symbol> Symbols, double Estimate)
    : UnaryPlan(Source, Estimate)
{
    public override string Operator => "ProduceResults";

    public override string Details => string.Join(", ", Columns.Select(c => "`" + c + "`"));
}

using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// EagerAggregation of count(*) alone right above a ValueHashJoin (<c>MATCH (e:Event), (a:Agreement) WHERE e.date =
/// a.date RETURN count(*)</c>): the join counts its pairs instead of making a row for each. PROFILE, which counts
/// the join's rows, runs the plain aggregation over the join's rows.
/// </summary>
internal sealed class JoinCountOperator(AggregationPlan plan, ValueHashJoinOperator join) : CountShortcutOperator(plan, join)
{
    /// <summary>Whether an aggregation has this form: no grouping keys, only count(*), over a value join.</summary>
    public static bool Fits(AggregationPlan plan) =>
        plan is { Groupings.Count: 0, Aggregates.Count: > 0, Source: ValueHashJoinPlan } && plan.Aggregates.All(a => a.Call is CountStar);

    protected override long? Count(OperatorContext ctx, object?[] argument) => join.Pairs(ctx, argument);
}

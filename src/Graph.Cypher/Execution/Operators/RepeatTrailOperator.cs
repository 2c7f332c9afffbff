using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Repeat(Trail): per row with the part's start bound, every walk of its quantified path pattern.</summary>
internal sealed class RepeatTrailOperator(RepeatTrailPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) =>
        PartSearchRows.Extend(ctx, plan.Search, Children[0].Rows(ctx, argument));
}

using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>A unit subquery: per left row, the right side is pulled to its end (for its writes) and the left row passed on.</summary>
internal sealed class SubqueryForeachOperator(SubqueryForeachPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            foreach (var _ in Children[1].Rows(ctx, row)) ctx.Query.Tick();
            yield return row;
        }
    }
}

using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>SemiApply / AntiSemiApply: a left row passes when the right side, given it as argument, has a row (or has none); the first row decides.</summary>
internal sealed class SemiApplyOperator(SemiApplyPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    private readonly bool _anti = plan.Anti;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            if (Found(ctx, row) != _anti) yield return row;
        }
    }

    private bool Found(OperatorContext ctx, object?[] row)
    {
        using var rows = Children[1].Rows(ctx, row).GetEnumerator();
        return rows.MoveNext();
    }
}

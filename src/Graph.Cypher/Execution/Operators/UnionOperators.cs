using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>UNION ALL: every left row, then every right row, each side run with the same argument.</summary>
internal sealed class UnionOperator(UnionPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument)) yield return row;
        foreach (var row in Children[1].Rows(ctx, argument)) yield return row;
    }
}

using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Write;

/// <summary>Pulls every row (each one's writes happen) and yields none.</summary>
internal sealed class EmptyResultOperator(EmptyResultPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var _ in Children[0].Rows(ctx, argument)) { }
        yield break;
    }
}

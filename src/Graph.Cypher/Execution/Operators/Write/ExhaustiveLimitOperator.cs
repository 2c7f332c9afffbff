using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Write;

/// <summary>LIMIT over writes: yields the first n rows and still pulls the rest, so every row's writes happen.</summary>
internal sealed class ExhaustiveLimitOperator(ExhaustiveLimitPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly SlotExpression _count = ExpressionCompiler.Compile(plan.Count);

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var limit = PagingCount.Of(_count(argument, ctx), "LIMIT");
        var passed = 0L;
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            if (passed++ < limit) yield return row;
        }
    }
}

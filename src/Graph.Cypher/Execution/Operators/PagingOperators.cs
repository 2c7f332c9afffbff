using Graph.Cypher.Functions;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

internal sealed class SkipOperator(SkipPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly SlotExpression _count = ExpressionCompiler.Compile(plan.Count);

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) =>
        Children[0].Rows(ctx, argument).Skip(PagingCount.Of(_count(argument, ctx), "SKIP"));
}

internal sealed class LimitOperator(LimitPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly SlotExpression _count = ExpressionCompiler.Compile(plan.Count);

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var count = PagingCount.Of(_count(argument, ctx), "LIMIT");
        // LIMIT 0 reads nothing below it.
        return count == 0 ? [] : Children[0].Rows(ctx, argument).Take(count);
    }
}

/// <summary>SKIP and LIMIT take a non-negative integer (a whole float is accepted, as the interpreter does).</summary>
internal static class PagingCount
{
    public static int Of(object? value, string clause)
    {
        if (value is long l and >= 0) return (int)Math.Min(l, int.MaxValue);
        if (value is double d && d >= 0 && d == Math.Floor(d)) return (int)Math.Min(d, int.MaxValue);
        throw CypherErrors.Argument($"Invalid input. '{CypherConversions.Describe(value)}' is not a valid value. Must be a non-negative integer.");
    }
}

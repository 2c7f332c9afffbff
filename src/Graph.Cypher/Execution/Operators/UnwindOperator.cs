using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>One row per list item; null unwinds to no rows, a non-list value to itself.</summary>
internal sealed class UnwindOperator(UnwindPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly SlotExpression _list = ExpressionCompiler.Compile(plan.List);
    private readonly int _slot = plan.Variable.Slot;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            switch (_list(row, ctx))
            {
                case null:
                    break;
                case IReadOnlyList<object?> items:
                    foreach (var item in items)
                    {
                        ctx.Query.Tick();
                        yield return With(row, item);
                    }
                    break;
                case var single:
                    yield return With(row, single);
                    break;
            }
        }
    }

    private object?[] With(object?[] row, object? value)
    {
        var next = (object?[])row.Clone();
        next[_slot] = value;
        return next;
    }
}

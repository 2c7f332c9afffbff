using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// RollUpApply / LetSemiApply: per left row, the right side's rows rolled up into one slot: the list of a slot's
/// values (nulls kept, as a pattern comprehension keeps them), or whether there was a row (stops at the first).
/// </summary>
internal sealed class RollUpApplyOperator(RollUpApplyPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    private readonly int _into = plan.Into.Slot;
    private readonly int _value = plan.Value?.Slot ?? -1;
    private readonly bool _exists = plan.Kind == RollUp.Exists;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            var next = (object?[])row.Clone();
            next[_into] = _exists ? Any(ctx, row) : Collect(ctx, row);
            yield return next;
        }
    }

    private bool Any(OperatorContext ctx, object?[] row)
    {
        using var rows = Children[1].Rows(ctx, row).GetEnumerator();
        return rows.MoveNext();
    }

    private List<object?> Collect(OperatorContext ctx, object?[] row)
    {
        var list = new List<object?>();
        foreach (var found in Children[1].Rows(ctx, row)) list.Add(found[_value]);
        return list;
    }
}

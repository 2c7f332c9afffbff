using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Runs the right side once per left row, handing it that row as its argument.</summary>
internal sealed class ApplyOperator(ApplyPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            foreach (var joined in Children[1].Rows(ctx, row)) yield return joined;
        }
    }
}

/// <summary>OPTIONAL MATCH: its input's rows, or the argument row alone (the pattern's slots still null) when there are none.</summary>
internal sealed class OptionalOperator(OptionalPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var any = false;
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            any = true;
            yield return row;
        }
        if (!any) yield return (object?[])argument.Clone();
    }
}

/// <summary>Every left row with every right row; the right side is read once (on the first left row) and held.</summary>
internal sealed class CartesianProductOperator(CartesianProductPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    private readonly int[] _rightSlots = plan.RightSymbols.Select(s => s.Slot).ToArray();

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        List<object?[]>? right = null;
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            right ??= [.. Children[1].Rows(ctx, argument)];
            foreach (var r in right)
            {
                ctx.Query.Tick();
                yield return RowMerge.Copy(row, r, _rightSlots);
            }
        }
    }
}

/// <summary>
/// Hash join on a value: the left side is read into a table keyed by its key's hash, the right side streams
/// and finds its partners; a pair joins only when the keys are equal by Cypher equality (null joins nothing).
/// </summary>
internal sealed class ValueHashJoinOperator(ValueHashJoinPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    private readonly SlotExpression _leftKey = ExpressionCompiler.Compile(plan.LeftKey);
    private readonly SlotExpression _rightKey = ExpressionCompiler.Compile(plan.RightKey);
    private readonly int[] _leftSlots = plan.LeftSymbols.Select(s => s.Slot).ToArray();

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var table = Table(ctx, argument);
        if (table.Count == 0) yield break;
        foreach (var row in Children[1].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            var key = _rightKey(row, ctx);
            if (key is null || !table.TryGetValue(CypherEquality.Hash(key), out var bucket)) continue;
            foreach (var (leftKey, leftRow) in bucket)
            {
                if (CypherEquality.Equal(leftKey, key) == true) yield return RowMerge.Copy(row, leftRow, _leftSlots);
            }
        }
    }

    /// <summary>How many rows the join would make, without making them (a count(*) right above it needs no more).</summary>
    public long Pairs(OperatorContext ctx, object?[] argument)
    {
        var table = Table(ctx, argument);
        if (table.Count == 0) return 0;
        long pairs = 0;
        foreach (var row in Children[1].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            var key = _rightKey(row, ctx);
            if (key is null || !table.TryGetValue(CypherEquality.Hash(key), out var bucket)) continue;
            foreach (var (leftKey, _) in bucket)
            {
                if (CypherEquality.Equal(leftKey, key) == true) pairs++;
            }
        }
        return pairs;
    }

    private Dictionary<int, List<(object? Key, object?[] Row)>> Table(OperatorContext ctx, object?[] argument)
    {
        var table = new Dictionary<int, List<(object? Key, object?[] Row)>>();
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            var key = _leftKey(row, ctx);
            if (key is null) continue;
            var hash = CypherEquality.Hash(key);
            if (!table.TryGetValue(hash, out var bucket)) table[hash] = bucket = [];
            bucket.Add((key, row));
        }
        return table;
    }
}

/// <summary>Joins copy the other side's own slots onto a row.</summary>
internal static class RowMerge
{
    public static object?[] Copy(object?[] into, object?[] from, int[] slots)
    {
        var row = (object?[])into.Clone();
        for (var i = 0; i < slots.Length; i++) row[slots[i]] = from[slots[i]];
        return row;
    }
}

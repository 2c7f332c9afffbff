using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// An EagerAggregation of counts alone with no grouping keys, answered from its input without making the input's
/// rows (a join counting its pairs, an index counting its ids): one row with the number in every count's slot.
/// Under PROFILE (which counts the input's rows), or when a subclass cannot take the count directly, the plain
/// aggregation runs over the input's rows.
/// </summary>
internal abstract class CountShortcutOperator(AggregationPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly EagerAggregationOperator _serial = new(plan, source);
    private readonly int[] _slots = plan.Aggregates.Select(a => a.Symbol.Slot).ToArray();

    /// <summary>The count for this argument without making rows, or null when it cannot be taken that way.</summary>
    protected abstract long? Count(OperatorContext ctx, object?[] argument);

    protected sealed override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        if ((ctx.Profile is null ? Count(ctx, argument) : null) is not { } count)
        {
            foreach (var row in _serial.Aggregated(ctx, argument)) yield return row;
            yield break;
        }
        var output = (object?[])argument.Clone();
        foreach (var slot in _slots) output[slot] = count;
        yield return output;
    }
}

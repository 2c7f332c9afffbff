using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>The first row of each distinct combination of the columns (Cypher equivalence: null equals null here).</summary>
internal sealed class DistinctOperator(DistinctPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly int[] _slots = plan.Columns.Select(c => c.Slot).ToArray();

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var seen = new HashSet<IReadOnlyList<object?>>(ValueListComparer.Instance);
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            var key = new object?[_slots.Length];
            for (var i = 0; i < _slots.Length; i++) key[i] = row[_slots[i]];
            if (seen.Add(key)) yield return row;
        }
    }
}

using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Hash aggregation: reads its whole input, one group per distinct grouping key (first-seen order kept), and
/// yields a row per group holding the keys and the aggregate results. No grouping keys and no input rows still
/// yield one row (count(*) of nothing is 0).
/// </summary>
internal sealed class EagerAggregationOperator : PlanOperator
{
    private readonly int[] _keySlots;
    private readonly SlotExpression[] _keys;
    private readonly SlotAggregate[] _aggregates;
    private readonly int _nodeSlot;

    public EagerAggregationOperator(AggregationPlan plan, PlanOperator source) : base(plan, source)
    {
        _keySlots = plan.Groupings.Select(g => g.Symbol.Slot).ToArray();
        _keys = plan.Groupings.Select(g => ExpressionCompiler.Compile(g.Expression)).ToArray();
        _aggregates = plan.Aggregates.Select(a => new SlotAggregate(a)).ToArray();
        _nodeSlot = NodeGroups<SlotAggregate.State[]>.SlotOf(plan.Groupings);
    }

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) => Aggregated(ctx, argument);

    /// <summary>The aggregation's rows; also the serial run of its parallel form (which holds this operator, outside the tree).</summary>
    public IEnumerable<object?[]> Aggregated(OperatorContext ctx, object?[] argument) =>
        _keys.Length == 0 ? Single(ctx, argument) : Grouped(ctx, argument);

    /// <summary>No grouping keys: one group, whatever the input (a subquery's collect runs this once per outer row).</summary>
    private IEnumerable<object?[]> Single(OperatorContext ctx, object?[] argument)
    {
        var states = new SlotAggregate.State[_aggregates.Length];
        for (var i = 0; i < states.Length; i++) states[i] = _aggregates[i].Start();
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            for (var i = 0; i < states.Length; i++) states[i].Add(row, ctx);
        }
        var output = (object?[])argument.Clone();
        for (var i = 0; i < states.Length; i++) output[_aggregates[i].Slot] = states[i].Result(ctx);
        yield return output;
    }

    private IEnumerable<object?[]> Grouped(OperatorContext ctx, object?[] argument)
    {
        var groups = new Dictionary<IReadOnlyList<object?>, int>(ValueListComparer.Instance);
        var order = new List<(object?[] Key, SlotAggregate.State[] States)>();
        var buffer = new object?[_keys.Length];
        (object?[] Key, SlotAggregate.State[] States)? previous = null;
        var byNode = new NodeGroups<SlotAggregate.State[]>(_nodeSlot);
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            if (byNode.Find(row, ctx) is { } known)
            {
                for (var i = 0; i < known.Length; i++) known[i].Add(row, ctx);
                continue;
            }
            for (var i = 0; i < _keys.Length; i++) buffer[i] = _keys[i](row, ctx);
            // Rows of one group usually arrive together (an expand yields one start node's rows in a run).
            SlotAggregate.State[] states;
            if (previous is { } last && ValueListComparer.Instance.Equals(last.Key, buffer))
            {
                states = last.States;
            }
            else
            {
                if (!groups.TryGetValue(buffer, out var at))
                {
                    at = order.Count;
                    var key = (object?[])buffer.Clone();
                    groups.Add(key, at);
                    order.Add((key, _aggregates.Select(a => a.Start()).ToArray()));
                }
                previous = order[at];
                states = order[at].States;
            }
            byNode.Remember(row, states);
            for (var i = 0; i < states.Length; i++) states[i].Add(row, ctx);
        }
        foreach (var (key, states) in order)
        {
            var output = (object?[])argument.Clone();
            for (var i = 0; i < key.Length; i++) output[_keySlots[i]] = key[i];
            for (var i = 0; i < states.Length; i++) output[_aggregates[i].Slot] = states[i].Result(ctx);
            yield return output;
        }
    }
}

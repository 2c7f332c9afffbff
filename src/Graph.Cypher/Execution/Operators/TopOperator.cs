using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// ORDER BY … LIMIT n: keeps the n first rows in order in a bounded heap while reading (n log n memory and
/// work per row instead of sorting everything); with SKIP s it keeps s + n, and the Skip above drops s.
/// </summary>
internal sealed class TopOperator(TopPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly SortOrder _order = new(plan.Keys);
    private readonly SlotExpression _count = ExpressionCompiler.Compile(plan.Count);
    private readonly SlotExpression? _skip = plan.Skip is null ? null : ExpressionCompiler.Compile(plan.Skip);

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var limit = PagingCount.Of(_count(argument, ctx), "LIMIT");
        var keep = _skip is null ? limit : Math.Min(int.MaxValue, (long)limit + PagingCount.Of(_skip(argument, ctx), "SKIP"));
        if (keep == 0) yield break;
        // The heap's top is the worst row kept: a new row replaces it when it sorts before it.
        var comparer = Comparer<SortOrder.Keyed>.Create((a, b) => _order.Compare(b, a));
        var heap = new PriorityQueue<SortOrder.Keyed, SortOrder.Keyed>(comparer);
        long index = 0;
        // Once the heap is full most rows sort after its worst one: they are tested in this buffer and dropped.
        var scratch = new object?[_order.Width];
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            if (heap.Count < keep)
            {
                var keyed = _order.Key(row, index++, ctx);
                heap.Enqueue(keyed, keyed);
                continue;
            }
            _order.Fill(row, ctx, scratch);
            if (_order.Compare(scratch, index, heap.Peek()) < 0)
            {
                var keyed = new SortOrder.Keyed(row, (object?[])scratch.Clone(), index);
                heap.EnqueueDequeue(keyed, keyed);
            }
            index++;
        }
        var kept = new List<SortOrder.Keyed>(heap.Count);
        while (heap.Count > 0) kept.Add(heap.Dequeue());
        kept.Sort(_order.Compare);
        foreach (var k in kept) yield return k.Row;
    }
}

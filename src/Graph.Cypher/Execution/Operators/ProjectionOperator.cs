using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Computes each item into its own slot; every item reads the incoming row (WITH a.x AS a, a.y AS b reads the old a).</summary>
internal sealed class ProjectionOperator : PlanOperator
{
    private readonly int[] _slots;
    private readonly SlotExpression[] _items;

    public ProjectionOperator(ProjectionPlan plan, PlanOperator source) : base(plan, source)
    {
        _slots = plan.Items.Select(i => i.Symbol.Slot).ToArray();
        _items = plan.Items.Select(i => ExpressionCompiler.Compile(i.Expression)).ToArray();
    }

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var values = new object?[_items.Length];
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            for (var i = 0; i < _items.Length; i++) values[i] = _items[i](row, ctx);
            var next = (object?[])row.Clone();
            for (var i = 0; i < _items.Length; i++) next[_slots[i]] = values[i];
            yield return next;
        }
    }
}

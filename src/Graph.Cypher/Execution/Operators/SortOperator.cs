using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Reads every row, then yields them in ORDER BY order (stable: callers paging through results rely on it).</summary>
internal sealed class SortOperator(SortPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly SortOrder _order = new(plan.Keys);

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var rows = new List<SortOrder.Keyed>();
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            rows.Add(_order.Key(row, rows.Count, ctx));
        }
        rows.Sort(_order.Compare);
        foreach (var r in rows) yield return r.Row;
    }
}

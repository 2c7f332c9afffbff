using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Hash join on a shared node: the left rows are held by that node's id, each right row takes its partners' slots.</summary>
internal sealed class NodeHashJoinOperator(NodeHashJoinPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    private readonly int _node = plan.Node.Slot;
    private readonly int[] _leftSlots = plan.LeftSymbols.Select(s => s.Slot).ToArray();

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var table = new Dictionary<long, List<object?[]>>();
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            if (row[_node] is not NodeRef node) continue;
            if (!table.TryGetValue(node.Id, out var rows)) table[node.Id] = rows = [];
            rows.Add(row);
        }
        if (table.Count == 0) yield break;
        foreach (var row in Children[1].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            if (row[_node] is not NodeRef node || !table.TryGetValue(node.Id, out var partners)) continue;
            foreach (var partner in partners) yield return RowMerge.Copy(row, partner, _leftSlots);
        }
    }
}

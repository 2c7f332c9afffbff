using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>The argument row itself (a copy, so operators above may fill their slots).</summary>
internal sealed class ArgumentOperator(ArgumentPlan plan) : PlanOperator(plan)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        yield return (object?[])argument.Clone();
    }
}

internal sealed class AllNodesScanOperator(AllNodesScanPlan plan) : PlanOperator(plan)
{
    private readonly int _slot = plan.Node.Slot;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) => NodeRows.Of(ctx, argument, ctx.Graph.AllNodes(), _slot);
}

internal sealed class NodeByLabelScanOperator(NodeByLabelScanPlan plan) : PlanOperator(plan)
{
    private readonly int _slot = plan.Node.Slot;
    private readonly string _label = plan.Label;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) => NodeRows.Of(ctx, argument, ctx.Graph.NodesWithLabel(_label), _slot);
}

/// <summary>One row per node id, the argument's slots copied and the node bound.</summary>
internal static class NodeRows
{
    public static IEnumerable<object?[]> Of(OperatorContext ctx, object?[] argument, IEnumerable<long> ids, int slot)
    {
        foreach (var id in ids)
        {
            ctx.Query.Tick();
            var row = (object?[])argument.Clone();
            row[slot] = new NodeRef(id);
            yield return row;
        }
    }
}

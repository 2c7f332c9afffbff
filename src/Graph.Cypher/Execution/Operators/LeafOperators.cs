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

internal sealed class AllNodesScanOperator(AllNodesScanPlan plan) : PlanOperator(plan), Parallel.IMorselScan
{
    private readonly int _slot = plan.Node.Slot;

    public IEnumerable<long> Ids(OperatorContext ctx) => ctx.Graph.AllNodes();

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) => NodeRows.Of(ctx, argument, Ids(ctx), _slot);

    /// <summary>The rows a Filter right above keeps, tested in one scratch row: a row is made only for a node that passes.</summary>
    public IEnumerable<object?[]> Filtered(OperatorContext ctx, object?[] argument, Func<object?[], OperatorContext, bool> holds) =>
        NodeRows.Filtered(ctx, argument, Ids(ctx), _slot, holds);
}

internal sealed class NodeByLabelScanOperator(NodeByLabelScanPlan plan) : PlanOperator(plan), Parallel.IMorselScan
{
    private readonly int _slot = plan.Node.Slot;
    private readonly string _label = plan.Label;

    public IEnumerable<long> Ids(OperatorContext ctx) => ctx.Graph.NodesWithLabel(_label);

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) => NodeRows.Of(ctx, argument, Ids(ctx), _slot);

    /// <inheritdoc cref="AllNodesScanOperator.Filtered"/>
    public IEnumerable<object?[]> Filtered(OperatorContext ctx, object?[] argument, Func<object?[], OperatorContext, bool> holds) =>
        NodeRows.Filtered(ctx, argument, Ids(ctx), _slot, holds);
}


/// <summary>One row per node id, the argument's slots copied and the node bound.</summary>
internal static class NodeRows
{
    public static IEnumerable<object?[]> Of(OperatorContext ctx, object?[] argument, IEnumerable<long> ids, int slot) =>
        ctx.Morsels is { } morsels ? OfMorsels(ctx, argument, morsels, slot) : OfAll(ctx, argument, ids, slot);

    // A parallel worker's share of the scan: morsel after morsel, as the other workers leave them.
    private static IEnumerable<object?[]> OfMorsels(OperatorContext ctx, object?[] argument, Parallel.WorkerMorsels morsels, int slot)
    {
        while (morsels.Next())
        {
            ctx.Query.Tick(morsels.Count);
            for (var i = 0; i < morsels.Count; i++)
            {
                var row = (object?[])argument.Clone();
                row[slot] = new NodeRef(morsels[i]);
                yield return row;
            }
        }
    }

    /// <summary>The rows <paramref name="holds"/> keeps, each node tested in one scratch row first (morsel by morsel for a worker).</summary>
    public static IEnumerable<object?[]> Filtered(OperatorContext ctx, object?[] argument, IEnumerable<long> ids, int slot, Func<object?[], OperatorContext, bool> holds)
    {
        var scratch = (object?[])argument.Clone();
        foreach (var id in ctx.Morsels is { } morsels ? MorselIds(morsels) : ids)
        {
            ctx.Query.Tick();
            scratch[slot] = new NodeRef(id);
            if (holds(scratch, ctx)) yield return (object?[])scratch.Clone();
        }
    }

    private static IEnumerable<long> MorselIds(Parallel.WorkerMorsels morsels)
    {
        while (morsels.Next())
        {
            for (var i = 0; i < morsels.Count; i++) yield return morsels[i];
        }
    }

    private static IEnumerable<object?[]> OfAll(OperatorContext ctx, object?[] argument, IEnumerable<long> ids, int slot)
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

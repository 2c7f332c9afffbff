using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// TransactionForeach / TransactionApply: reads its whole input first (the rows never change under a committed
/// batch), then runs the right side for each row batch by batch, each batch an inner transaction
/// (<see cref="TransactionBatches{TRow}"/>): the left rows pass on (Foreach) or the right side's rows do (Apply),
/// with the status under REPORT STATUS; a batch that did not commit gives its left rows with the body's columns null.
/// </summary>
internal sealed class TransactionApplyOperator(TransactionApplyPlan plan, PlanOperator left, PlanOperator right) : PlanOperator(plan, left, right)
{
    private readonly SlotExpression? _batchSize = plan.BatchSize is { } size ? ExpressionCompiler.Compile(size) : null;
    private readonly int _status = plan.Status?.Slot ?? -1;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var batches = new TransactionBatches<object?[]>(ctx.Query, ctx.Runner.Updater, plan.Transactions);
        var size = InnerTransactionRules.BatchSize(_batchSize?.Invoke(argument, ctx), _batchSize is not null);
        foreach (var batch in Children[0].Rows(ctx, argument).ToList().Chunk((int)Math.Min(size, int.MaxValue)))
        {
            var output = batches.Run(batch, Each(ctx), WithStatus, NotCommitted);
            foreach (var row in output) yield return row;
        }
    }

    private Func<object?[], IEnumerable<object?[]>> Each(OperatorContext ctx) => row =>
    {
        var rows = Children[1].Rows(ctx, row);
        if (plan.Returns) return rows.ToList();
        foreach (var _ in rows) ctx.Query.Tick();
        return [row];
    };

    private object?[] WithStatus(object?[] row, CypherMap status)
    {
        row[_status] = status;
        return row;
    }

    private object?[] NotCommitted(object?[] row, CypherMap? status)
    {
        var next = (object?[])row.Clone();
        if (status is not null) next[_status] = status;
        return next;
    }
}

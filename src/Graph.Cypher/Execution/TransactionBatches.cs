using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// The batches of one CALL { … } IN TRANSACTIONS, whichever runtime feeds them: each batch runs the body in an
/// inner transaction that commits (IWriteTransaction.CommitAndContinue) before the next starts; a failing one is
/// rolled back whole (its counters too) and then fails the statement, is skipped (CONTINUE) or stops the rest
/// (BREAK), as ON ERROR says. IN CONCURRENT TRANSACTIONS runs the batches one after another, which Neo4j's
/// concurrent semantics allow.
/// </summary>
/// <typeparam name="TRow">The runtime's row: the interpreter's <see cref="Row"/> or a slot array.</typeparam>
internal sealed class TransactionBatches<TRow>(QueryContext ctx, Updater updater, InTransactions tx)
{
    private readonly InnerTransactions _inner = InnerTransactionRules.Require(ctx);
    private int _committed;
    private bool _broken;

    /// <summary>
    /// The rows one batch gives: <paramref name="each"/>'s rows for every input row when it commits (given the
    /// status by <paramref name="withStatus"/> under REPORT STATUS), else each input row as
    /// <paramref name="notCommitted"/> makes it (the body's columns null, the status given when reported).
    /// </summary>
    public List<TRow> Run(IReadOnlyList<TRow> batch, Func<TRow, IEnumerable<TRow>> each, Func<TRow, CypherMap, TRow> withStatus, Func<TRow, CypherMap?, TRow> notCommitted)
    {
        if (_broken) return Statused(batch, notCommitted, InnerTransactionRules.NotStarted());
        var (id, savepoint) = _inner.Begin();
        var counters = ctx.Counters.Copy();
        try
        {
            var output = new List<TRow>();
            foreach (var row in batch) output.AddRange(each(row));
            updater.FinishDeletes();
            _inner.Commit();
            _committed++;
            if (tx.ReportStatus is null) return output;
            var committed = InnerTransactionRules.Status(started: true, committed: true, id, null);
            return output.ConvertAll(r => withStatus(r, committed));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A failed inner transaction is rolled back whole; its writes count for nothing.
            _inner.Rollback(savepoint);
            ctx.Counters.RestoreFrom(counters);
            ctx.PendingNodeDeletes.Clear();
            if (tx.OnError == OnErrorBehaviour.Fail) throw InnerTransactionRules.Failed(ex, _committed);
            _broken = tx.OnError == OnErrorBehaviour.Break;
            return Statused(batch, notCommitted, InnerTransactionRules.Status(started: true, committed: false, id, ex.Message));
        }
    }

    private List<TRow> Statused(IReadOnlyList<TRow> batch, Func<TRow, CypherMap?, TRow> notCommitted, CypherMap status) =>
        batch.Select(row => notCommitted(row, tx.ReportStatus is null ? null : status)).ToList();
}

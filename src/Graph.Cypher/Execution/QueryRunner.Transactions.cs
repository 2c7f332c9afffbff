using Graph.Core.Errors;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// CALL { … } IN TRANSACTIONS: the input rows are cut into batches and each batch runs the body in an inner
/// transaction that commits before the next starts, so a failure leaves the batches before it committed
/// (Cypher manual, "CALL subqueries in transactions"). IN CONCURRENT TRANSACTIONS runs the batches one after
/// another here, which Neo4j's concurrent semantics allow.
/// </summary>
internal sealed partial class QueryRunner
{
    private IEnumerable<Row> CallInTransactions(SubqueryCallClause call, IEnumerable<Row> rows, List<string> scope)
    {
        var returned = ReturnedColumns(call.Body);
        scope.AddRange(returned.Where(c => !scope.Contains(c)));
        if (call.Transactions!.ReportStatus is { } status && !scope.Contains(status)) scope.Add(status);
        return Batches(call, call.Transactions, rows, returned);
    }

    private IEnumerable<Row> Batches(SubqueryCallClause call, InTransactions tx, IEnumerable<Row> rows, IReadOnlyList<string> returned)
    {
        var inner = _ctx.InnerTransactions
            ?? throw new GraphException(
                TransactionStartFailed,
                "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction.");
        var size = BatchSize(tx);
        var state = new BatchState();
        var batch = new List<Row>();
        // The input is read before the first batch commits: the rows it reads never change under it.
        foreach (var row in rows.ToList())
        {
            batch.Add(row);
            if (batch.Count < size) continue;
            foreach (var r in RunBatch(call, tx, inner, batch, returned, state)) yield return r;
            batch.Clear();
        }
        if (batch.Count > 0)
        {
            foreach (var r in RunBatch(call, tx, inner, batch, returned, state)) yield return r;
        }
    }

    private const string TransactionStartFailed = "Neo.DatabaseError.Transaction.TransactionStartFailed";

    /// <summary>How far the batches got: how many committed, and whether ON ERROR BREAK stopped them.</summary>
    private sealed class BatchState
    {
        public int Committed;
        public bool Broken;
    }

    private long BatchSize(InTransactions tx)
    {
        if (tx.BatchSize is null) return InTransactions.DefaultBatchSize;
        var value = Evaluator.Evaluate(tx.BatchSize, Row.Empty);
        return value switch
        {
            long n when n > 0 => n,
            double d when d > 0 && d == Math.Floor(d) && d <= long.MaxValue => (long)d,
            _ => throw new GraphException(
                ErrorCodes.ArgumentError,
                $"Invalid input. '{CypherConversions.Describe(value)}' is not a valid value. Must be a positive integer."),
        };
    }

    private List<Row> RunBatch(SubqueryCallClause call, InTransactions tx, InnerTransactions inner, List<Row> batch, IReadOnlyList<string> returned, BatchState state)
    {
        if (state.Broken) return Statused(batch, returned, tx, NotStarted());
        var (id, savepoint) = inner.Begin();
        var counters = _ctx.Counters.Copy();
        try
        {
            var output = new List<Row>();
            foreach (var row in batch) output.AddRange(CallOnce(call, row, returned));
            _updater.FinishDeletes();
            inner.Commit();
            state.Committed++;
            if (tx.ReportStatus is not { } status) return output;
            var committed = Status(started: true, committed: true, id, null);
            return output.ConvertAll(r => r.With(status, committed));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A failed inner transaction is rolled back whole; its writes count for nothing.
            inner.Rollback(savepoint);
            _ctx.Counters.RestoreFrom(counters);
            _ctx.PendingNodeDeletes.Clear();
            var error = ex as GraphException;
            if (tx.OnError == OnErrorBehaviour.Fail)
            {
                throw new GraphException(
                    error?.Code ?? ErrorCodes.DatabaseError,
                    $"{ex.Message} (Transactions committed: {state.Committed})",
                    error?.Phase ?? ErrorPhase.Runtime,
                    error?.Line,
                    error?.Column,
                    ex);
            }
            state.Broken = tx.OnError == OnErrorBehaviour.Break;
            return Statused(batch, returned, tx, Status(started: true, committed: false, id, ex.Message));
        }
    }

    /// <summary>The rows of a batch that did not commit: the returned columns null, the status (if reported) given.</summary>
    private static List<Row> Statused(List<Row> batch, IReadOnlyList<string> returned, InTransactions tx, CypherMap status) =>
        batch.ConvertAll(row =>
        {
            var joined = Joined(row, returned, null);
            return tx.ReportStatus is { } name ? joined.With(name, status) : joined;
        });

    private static CypherMap NotStarted() => Status(started: false, committed: false, null, null);

    /// <summary>The REPORT STATUS map: {started, committed, transactionId, errorMessage}.</summary>
    private static CypherMap Status(bool started, bool committed, string? transactionId, string? errorMessage)
    {
        var map = new CypherMap(4);
        map.Set("started", started);
        map.Set("committed", committed);
        map.Set("transactionId", transactionId);
        map.Set("errorMessage", errorMessage);
        return map;
    }
}

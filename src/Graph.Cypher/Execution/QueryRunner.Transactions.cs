using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// CALL { … } IN TRANSACTIONS on the interpreter (a statement with another fallback reason, or forced): the input
/// rows cut into batches that <see cref="TransactionBatches{TRow}"/> runs and commits one by one.
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
        var batches = new TransactionBatches<Row>(_ctx, _updater, tx);
        var size = BatchSize(tx);
        // The input is read before the first batch commits: the rows it reads never change under it.
        foreach (var batch in rows.ToList().Chunk((int)Math.Min(size, int.MaxValue)))
        {
            var output = batches.Run(
                batch,
                row => CallOnce(call, row, returned),
                (row, status) => row.With(tx.ReportStatus!, status),
                (row, status) =>
                {
                    var joined = Joined(row, returned, null);
                    return status is null ? joined : joined.With(tx.ReportStatus!, status);
                });
            foreach (var r in output) yield return r;
        }
    }

    private long BatchSize(InTransactions tx) =>
        InnerTransactionRules.BatchSize(tx.BatchSize is null ? null : Evaluator.Evaluate(tx.BatchSize, Row.Empty), tx.BatchSize is not null);
}

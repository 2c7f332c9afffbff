using Graph.Core.Errors;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// What CALL { … } IN TRANSACTIONS means whichever runtime runs it (Cypher manual, "CALL subqueries in
/// transactions"): the batch size a value must give, the refusal outside an implicit transaction, the error that
/// stops the statement (with how many batches committed) and the REPORT STATUS map.
/// </summary>
internal static class InnerTransactionRules
{
    private const string TransactionStartFailed = "Neo.DatabaseError.Transaction.TransactionStartFailed";

    /// <summary>The statement's hold on its transaction, or the error Neo4j gives inside an explicit transaction.</summary>
    public static InnerTransactions Require(QueryContext ctx) =>
        ctx.InnerTransactions
        ?? throw new GraphException(
            TransactionStartFailed,
            "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction.");

    /// <summary>OF n ROWS: a positive integer (a float with no fraction counts); none given is Neo4j's default.</summary>
    public static long BatchSize(object? value, bool given)
    {
        if (!given) return InTransactions.DefaultBatchSize;
        return value switch
        {
            long n when n > 0 => n,
            double d when d > 0 && d == Math.Floor(d) && d <= long.MaxValue => (long)d,
            _ => throw new GraphException(
                ErrorCodes.ArgumentError,
                $"Invalid input. '{CypherConversions.Describe(value)}' is not a valid value. Must be a positive integer."),
        };
    }

    /// <summary>ON ERROR FAIL: the batch's error, saying how many inner transactions committed before it.</summary>
    public static GraphException Failed(Exception ex, int committed)
    {
        var error = ex as GraphException;
        return new GraphException(
            error?.Code ?? ErrorCodes.DatabaseError,
            $"{ex.Message} (Transactions committed: {committed})",
            error?.Phase ?? ErrorPhase.Runtime,
            error?.Line,
            error?.Column,
            ex);
    }

    /// <summary>The status of a batch ON ERROR BREAK did not start.</summary>
    public static CypherMap NotStarted() => Status(started: false, committed: false, null, null);

    /// <summary>The REPORT STATUS map: {started, committed, transactionId, errorMessage}.</summary>
    public static CypherMap Status(bool started, bool committed, string? transactionId, string? errorMessage)
    {
        var map = new CypherMap(4);
        map.Set("started", started);
        map.Set("committed", committed);
        map.Set("transactionId", transactionId);
        map.Set("errorMessage", errorMessage);
        return map;
    }
}

using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// The checks Neo4j makes on CALL { … } IN TRANSACTIONS before running (Cypher manual, "CALL subqueries in
/// transactions", Restrictions): not nested in another subquery, not in a UNION, not after a write, and REPORT
/// STATUS only with ON ERROR CONTINUE or BREAK.
/// </summary>
internal sealed partial class SemanticAnalyzer
{
    private int _subqueryDepth;
    private bool _inUnion;

    /// <summary>Checks the call's own restrictions; <paramref name="earlier"/> are the clauses before it in its query.</summary>
    private void CheckInTransactions(SubqueryCallClause call, IEnumerable<Clause> earlier)
    {
        if (call.Transactions is not { } tx) return;
        if (_subqueryDepth > 0) throw SemanticErrors.At(call.Position, "Nested CALL { ... } IN TRANSACTIONS is not supported");
        if (_inUnion) throw SemanticErrors.At(call.Position, "CALL { ... } IN TRANSACTIONS in a UNION is not supported");
        if (earlier.Any(Updates)) throw SemanticErrors.At(call.Position, "CALL { ... } IN TRANSACTIONS after a write clause is not supported");
        if (tx.ReportStatus is not null && tx.OnError == OnErrorBehaviour.Fail)
        {
            throw SemanticErrors.At(tx.Position, "REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK");
        }
        // The batch size and concurrency are read once, before any row: they may use parameters but no variable.
        if (tx.BatchSize is not null) Expr(tx.BatchSize, new Scope(), allowAggregates: false);
        if (tx.Concurrency is not null) Expr(tx.Concurrency, new Scope(), allowAggregates: false);
    }

    /// <summary>Whether a clause updates the graph anywhere inside it; writes inside an earlier IN TRANSACTIONS call do not count.</summary>
    private static bool Updates(Clause clause) => clause switch
    {
        CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause => true,
        SubqueryCallClause { InTransactions: false } call => Updates(call.Body),
        _ => false,
    };

    private static bool Updates(Query query) => query switch
    {
        SingleQuery single => single.Clauses.Any(Updates),
        UnionQuery union => union.Parts.Any(Updates),
        _ => false,
    };
}
